package io.trainerpath.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StepProgressRepository extends JpaRepository<StepProgress, StepProgress.Key> {

	@Query("select p from StepProgress p where p.key.planId = ?1")
	List<StepProgress> findByPlan(Long planId);

	@Query("select p from StepProgress p where p.key.planId = ?1 and p.key.stepSlug = ?2")
	Optional<StepProgress> find(Long planId, String stepSlug);

}
