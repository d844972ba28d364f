package io.trainerpath.assessment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

	Optional<Plan> findByToken(String token);

}
