package io.trainerpath.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeletedLinkRepository extends JpaRepository<DeletedLink, String> {

}
