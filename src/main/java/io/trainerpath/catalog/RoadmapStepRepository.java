package io.trainerpath.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface RoadmapStepRepository extends Repository<RoadmapStep, String> {

	List<RoadmapStep> findAllByOrderByPosition();

}
