package io.trainerpath.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface JobSearchTermRepository extends Repository<JobSearchTerm, String> {

	List<JobSearchTerm> findAllByOrderByPosition();

}
