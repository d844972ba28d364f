package io.trainerpath.assessment;

/**
 * What placement reads from an attempt: how deep the person's annotation work goes (0–3, null when
 * not known), whether they have a particular field, their years in it, their domain expertise score
 * and the share of the practice task they got right (null when they did not take it).
 */
public record PlacementFacts(Integer annotationDepth, boolean hasField, int years, int domainScore,
		Integer practicePercent) {
}
