package io.trainerpath.assessment.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Plan;
import io.trainerpath.assessment.Plans;
import io.trainerpath.assessment.Profile;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.SkillWeight;
import org.springframework.stereotype.Component;

/**
 * Everything stored about a person, in one documented JSON document (docs/features.md, "My plan"):
 * the plan, every attempt with every answer and score, and every step record with its note. Only
 * internal row numbers and version counters are left out. The page's download and the API share it.
 */
@Component
class PlanExports {

	/** Names the document's shape, so a reader can tell future versions apart. */
	static final String FORMAT = "trainerpath-plan/1";

	private final Plans plans;

	private final Assessments assessments;

	PlanExports(Plans plans, Assessments assessments) {
		this.plans = plans;
		this.assessments = assessments;
	}

	record Export(String format, LocalDateTime exportedAt, PlanPart plan, List<AttemptPart> attempts,
			List<StepPart> steps) {
	}

	record PlanPart(String token, String address, LocalDateTime createdAt) {
	}

	/**
	 * One attempt. previousToken names the attempt it retook; profile is null until "About you" is
	 * answered; result is null while a draft.
	 */
	record AttemptPart(String token, String status, LocalDateTime createdAt, LocalDateTime updatedAt,
			LocalDateTime completedAt, String previousToken, ProfilePart profile, Map<String, String> answers,
			ResultPart result) {
	}

	/** languages and preparation are null when the attempt was not asked (before the quiz's second edition). */
	record ProfilePart(String field, int yearsOfExperience, int hoursPerWeek, String employment,
			List<String> workTypes, String annotationExperience, Map<String, String> languages,
			List<String> preparation) {
	}

	record ResultPart(int overallScore, String level, Map<String, Integer> skillScores) {
	}

	/** status is NOT_STARTED, IN_PROGRESS or DONE; note is empty when there is none. */
	record StepPart(String step, String status, String note, LocalDateTime updatedAt) {
	}

	Export export(Plan plan) {
		Quiz quiz = assessments.quiz();
		List<String> order = quiz.weights().stream().map(SkillWeight::skillSlug).toList();
		List<Assessment> attempts = plans.attempts(plan);
		Map<Long, String> tokens = new TreeMap<>();
		attempts.forEach(attempt -> tokens.put(attempt.getId(), attempt.getToken()));
		return new Export(FORMAT, LocalDateTime.now(ZoneOffset.UTC),
				new PlanPart(plan.getToken(), PlanViewBuilder.address(plan), plan.getCreatedAt()),
				attempts.stream().map(attempt -> attempt(attempt, tokens, order)).toList(),
				plans.progress(plan)
					.stream()
					.map(record -> new StepPart(record.getStepSlug(), record.getStatus().name(), record.getNote(),
							record.getUpdatedAt()))
					.toList());
	}

	private static AttemptPart attempt(Assessment attempt, Map<Long, String> tokens, List<String> order) {
		return new AttemptPart(attempt.getToken(), attempt.getStatus().name(), attempt.getCreatedAt(),
				attempt.getUpdatedAt(), attempt.getCompletedAt(),
				attempt.getPreviousId() == null ? null : tokens.get(attempt.getPreviousId()),
				attempt.profile().map(PlanExports::profile).orElse(null), new TreeMap<>(attempt.answers()),
				attempt.isCompleted()
						? new ResultPart(attempt.getOverallScore(), attempt.getLevelSlug(), attempt.skillScores(order))
						: null);
	}

	private static ProfilePart profile(Profile profile) {
		return new ProfilePart(profile.domainSlug(), profile.yearsOfExperience(), profile.hoursPerWeek(),
				profile.employment(), profile.workTypes(), profile.annotationExperience(), profile.languages(),
				profile.preparation());
	}

}
