package io.trainerpath.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface DomainRepository extends Repository<Domain, String> {

	List<Domain> findAllByOrderByPosition();

}
