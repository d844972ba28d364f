package io.trainerpath.assessment;

import java.util.Map;

/**
 * Scores per skill (in the guide's order), the weighted overall score, the share of the practice task
 * answered correctly (null without one) and the level these reach.
 */
public record ReadinessResult(Map<String, Integer> skillScores, int overall, Integer practicePercent,
		ReadinessLevel level) {
}
