package io.trainerpath.assessment;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a completed quiz. Each skill scores the mean of its answers' scores, practice items included;
 * the overall score is the mean of the skill scores weighted as stored, so domain expertise can count
 * double. Both are rounded half up to whole numbers, and the overall score is computed from the rounded
 * skill scores so a person can check the arithmetic on the results page. The level is the highest one
 * the overall score reaches whose evidence also holds: its share of the practice task, and a field
 * where it asks for one.
 */
public final class ReadinessScorer {

	public ReadinessResult score(List<QuizQuestion> questions, List<SkillWeight> weights, List<ReadinessLevel> levels,
			Map<String, String> answers, boolean hasField) {
		Map<String, Integer> sums = new HashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (QuizQuestion question : questions) {
			QuizOption option = chosen(question, answers);
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
		Integer practice = practicePercent(questions, answers);
		return new ReadinessResult(Collections.unmodifiableMap(skillScores), overall, practice,
				levelFor(overall, practice, hasField, levels));
	}

	/** The share of practice items answered with their key, in percent; null when the quiz has none. */
	public static Integer practicePercent(List<QuizQuestion> questions, Map<String, String> answers) {
		List<QuizQuestion> items = questions.stream().filter(QuizQuestion::practice).toList();
		if (items.isEmpty() || items.stream().anyMatch(item -> !answers.containsKey(item.slug()))) {
			return null;
		}
		long right = items.stream().filter(item -> item.best().slug().equals(answers.get(item.slug()))).count();
		return roundedMean(100 * right, items.size());
	}

	/** The highest level the score reaches whose evidence holds; the lowest level asks for none. */
	public ReadinessLevel levelFor(int overall, Integer practicePercent, boolean hasField, List<ReadinessLevel> levels) {
		return levels.stream()
			.filter(level -> level.reachedBy(overall, practicePercent, hasField))
			.max(Comparator.comparingInt(ReadinessLevel::minScore))
			.orElseThrow(() -> new IllegalArgumentException("No level starts at or below " + overall));
	}

	private static QuizOption chosen(QuizQuestion question, Map<String, String> answers) {
		String chosen = answers.get(question.slug());
		if (chosen == null) {
			throw new IllegalArgumentException("Unanswered question: " + question.slug());
		}
		return question.option(chosen)
			.orElseThrow(() -> new IllegalArgumentException("Not an option of " + question.slug() + ": " + chosen));
	}

	private static int roundedMean(long sum, long count) {
		return (int) ((2 * sum + count) / (2 * count));
	}

}
