package io.trainerpath.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface WorkTypeRepository extends Repository<WorkType, String> {

	List<WorkType> findAllByOrderByPosition();

}
