package io.trainerpath.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findByToken(String token);

	List<Assessment> findByPlanIdOrderByCreatedAtAscIdAsc(Long planId);

	List<AttemptRef> findRefsByPlanIdOrderByCreatedAtAscIdAsc(Long planId);

}
