package io.trainerpath.assessment;

import java.util.List;
import java.util.Optional;

/**
 * The whole quiz as the database holds it: questions, skill weights, readiness levels and
 * recommendation rules. Step 1 is the unscored "About you"; each later step asks about one skill,
 * in the order of the weights (the guide's order of skills).
 */
public record Quiz(List<QuizQuestion> questions, List<SkillWeight> weights, List<ReadinessLevel> levels,
		List<RecommendationRule> rules) {

	public static final int PROFILE_STEP = 1;

	public Quiz {
		questions = List.copyOf(questions);
		weights = List.copyOf(weights);
		levels = List.copyOf(levels);
		rules = List.copyOf(rules);
	}

	public int stepCount() {
		return weights.size() + 1;
	}

	public boolean hasStep(int step) {
		return step >= PROFILE_STEP && step <= stepCount();
	}

	/** The skill a step asks about; empty for the profile step. */
	public Optional<String> skillOfStep(int step) {
		if (step <= PROFILE_STEP || step > stepCount()) {
			return Optional.empty();
		}
		return Optional.of(weights.get(step - 2).skillSlug());
	}

	public int stepOfSkill(String skillSlug) {
		for (int i = 0; i < weights.size(); i++) {
			if (weights.get(i).skillSlug().equals(skillSlug)) {
				return i + 2;
			}
		}
		throw new IllegalArgumentException("No step asks about " + skillSlug);
	}

	public List<QuizQuestion> questionsOfStep(int step) {
		return skillOfStep(step).map(this::questionsOfSkill).orElse(List.of());
	}

	public List<QuizQuestion> questionsOfSkill(String skillSlug) {
		return questions.stream().filter(q -> q.skillSlug().equals(skillSlug)).toList();
	}

	public Optional<QuizQuestion> question(String slug) {
		return questions.stream().filter(q -> q.slug().equals(slug)).findFirst();
	}

	public Optional<ReadinessLevel> level(String slug) {
		return levels.stream().filter(level -> level.slug().equals(slug)).findFirst();
	}

}
