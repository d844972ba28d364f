package io.trainerpath.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the recommendation rules to a scored quiz: every work-type rule that holds suggests its work.
 * The weakest skills are the two lowest, plus a third when it is still below the strength threshold.
 * Where to start is placement's ({@link Placer}).
 */
public final class Recommender {

	/** A skill at or above this score counts as a strength. */
	public static final int STRENGTH_THRESHOLD = 70;

	public Recommendations recommend(List<RecommendationRule> rules, Map<String, Integer> skillScores, int overall,
			Integer years) {
		List<RuleMatch> workTypes = new ArrayList<>();
		for (RecommendationRule rule : rules) {
			Optional<List<Reason>> reasons = rule.match(skillScores, overall, years);
			if (reasons.isPresent() && RecommendationRule.WORK_TYPE.equals(rule.kind())) {
				workTypes.add(new RuleMatch(rule, reasons.get()));
			}
		}
		List<String> order = List.copyOf(skillScores.keySet());
		List<String> weakest = order.stream()
			.sorted(Comparator.comparingInt((String skill) -> skillScores.get(skill)).thenComparingInt(order::indexOf))
			.limit(3)
			.toList();
		List<String> gaps = new ArrayList<>(weakest.subList(0, Math.min(2, weakest.size())));
		if (weakest.size() == 3 && skillScores.get(weakest.get(2)) < STRENGTH_THRESHOLD) {
			gaps.add(weakest.get(2));
		}
		List<String> strengths = order.stream()
			.filter(skill -> skillScores.get(skill) >= STRENGTH_THRESHOLD && !gaps.contains(skill))
			.toList();
		return new Recommendations(List.copyOf(workTypes), strengths, List.copyOf(gaps));
	}

}
