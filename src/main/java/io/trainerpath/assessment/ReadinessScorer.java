package io.trainerpath.assessment;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a completed quiz. Each skill scores the mean of its answers' scores; the overall score is
 * the mean of the skill scores weighted as stored, so domain expertise can count double. Both are
 * rounded half up to whole numbers, and the overall score is computed from the rounded skill scores
 * so a person can check the arithmetic on the results page.
 */
public final class ReadinessScorer {

	public ReadinessResult score(List<QuizQuestion> questions, List<SkillWeight> weights, List<ReadinessLevel> levels,
			Map<String, String> answers) {
		Map<String, Integer> sums = new HashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (QuizQuestion question : questions) {
			String chosen = answers.get(question.slug());
			if (chosen == null) {
				throw new IllegalArgumentException("Unanswered question: " + question.slug());
			}
			QuizOption option = question.option(chosen)
				.orElseThrow(() -> new IllegalArgumentException("Not an option of " + question.slug() + ": " + chosen));
			sums.merge(question.skillSlug(), option.score(), Integer::sum);
			counts.merge(question.skillSlug(), 1, Integer::sum);
		}
		Map<String, Integer> skillScores = new LinkedHashMap<>();
		long weightedSum = 0;
		long weightTotal = 0;
		for (SkillWeight weight : weights) {
			Integer count = counts.get(weight.skillSlug());
			if (count == null) {
				throw new IllegalArgumentException("No question asks about " + weight.skillSlug());
			}
			int score = roundedMean(sums.get(weight.skillSlug()), count);
			skillScores.put(weight.skillSlug(), score);
			weightedSum += (long) weight.weight() * score;
			weightTotal += weight.weight();
		}
		if (!skillScores.keySet().containsAll(counts.keySet())) {
			throw new IllegalArgumentException("A question asks about a skill that has no weight");
		}
		int overall = roundedMean(weightedSum, weightTotal);
		return new ReadinessResult(Collections.unmodifiableMap(skillScores), overall,
				levelFor(overall, levels));
	}

	/** The highest level whose minimum the score reaches. */
	public ReadinessLevel levelFor(int overall, List<ReadinessLevel> levels) {
		return levels.stream()
			.filter(level -> level.minScore() <= overall)
			.max(Comparator.comparingInt(ReadinessLevel::minScore))
			.orElseThrow(() -> new IllegalArgumentException("No level starts at or below " + overall));
	}

	private static int roundedMean(long sum, long count) {
		return (int) ((2 * sum + count) / (2 * count));
	}

}
