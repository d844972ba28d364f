package io.trainerpath.assessment;

import java.util.Map;

/** Scores per skill (in the guide's order), the weighted overall score and its level. */
public record ReadinessResult(Map<String, Integer> skillScores, int overall, ReadinessLevel level) {
}
