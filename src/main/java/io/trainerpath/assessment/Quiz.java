package io.trainerpath.assessment;

import java.util.List;
import java.util.Optional;

/**
 * The whole quiz as the database holds it: questions, skill weights, readiness levels, the rules that
 * suggest kinds of work, the practice task and the choices "About you" offers. Step 1 is the unscored
 * "About you", step 2 the practice task, and each later step asks about one skill, in the order of
 * the weights (the guide's order of skills). A practice item counts towards its skill's score like
 * any other answer, but is asked on the practice step.
 */
public record Quiz(List<QuizQuestion> questions, List<SkillWeight> weights, List<ReadinessLevel> levels,
		List<RecommendationRule> rules, PracticeTask practice, ProfileChoices choices) {

	public static final int PROFILE_STEP = 1;

	public static final int PRACTICE_STEP = 2;

	private static final int FIRST_SKILL_STEP = 3;

	public Quiz {
		questions = List.copyOf(questions);
		weights = List.copyOf(weights);
		levels = List.copyOf(levels);
		rules = List.copyOf(rules);
	}

	public int stepCount() {
		return FIRST_SKILL_STEP - 1 + weights.size();
	}

	public boolean hasStep(int step) {
		return step >= PROFILE_STEP && step <= stepCount();
	}

	/** The skill a step asks about; empty for "About you" and the practice task. */
	public Optional<String> skillOfStep(int step) {
		if (step < FIRST_SKILL_STEP || step > stepCount()) {
			return Optional.empty();
		}
		return Optional.of(weights.get(step - FIRST_SKILL_STEP).skillSlug());
	}

	public int stepOfSkill(String skillSlug) {
		for (int i = 0; i < weights.size(); i++) {
			if (weights.get(i).skillSlug().equals(skillSlug)) {
				return i + FIRST_SKILL_STEP;
			}
		}
		throw new IllegalArgumentException("No step asks about " + skillSlug);
	}

	/** The questions a step shows, in order: the practice items on step 2, a skill's own questions after. */
	public List<QuizQuestion> questionsOfStep(int step) {
		if (step == PRACTICE_STEP) {
			return practiceItems();
		}
		return skillOfStep(step).map(skill -> questions.stream()
			.filter(q -> q.skillSlug().equals(skill) && !q.practice())
			.toList()).orElse(List.of());
	}

	/** Every question that counts towards a skill, practice items included. */
	public List<QuestionsOfSkill> questionsBySkill() {
		return weights.stream().map(weight -> new QuestionsOfSkill(weight.skillSlug(), questionsOfSkill(weight.skillSlug())))
			.toList();
	}

	public List<QuizQuestion> questionsOfSkill(String skillSlug) {
		return questions.stream().filter(q -> q.skillSlug().equals(skillSlug)).toList();
	}

	public List<QuizQuestion> practiceItems() {
		return questions.stream().filter(QuizQuestion::practice).toList();
	}

	public Optional<QuizQuestion> question(String slug) {
		return questions.stream().filter(q -> q.slug().equals(slug)).findFirst();
	}

	public Optional<ReadinessLevel> level(String slug) {
		return levels.stream().filter(level -> level.slug().equals(slug)).findFirst();
	}

	/** A skill and every question that scores it. */
	public record QuestionsOfSkill(String skillSlug, List<QuizQuestion> questions) {
	}

}
