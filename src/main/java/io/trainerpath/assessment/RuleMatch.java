package io.trainerpath.assessment;

import java.util.List;

/** A rule that applied, with the facts that made it apply. */
public record RuleMatch(RecommendationRule rule, List<Reason> reasons) {
}
