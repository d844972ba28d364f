package io.trainerpath.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recommendation as data: when every condition it sets holds, it suggests a kind of work (kind
 * "work-type"). A null condition is no condition. The first edition's "start" rules gave way to
 * {@link PlacementRule}s.
 */
public record RecommendationRule(String slug, String kind, String skillSlug, Integer minSkillScore,
		Integer minYears, Integer minOverall, String careerRoleSlug, String payBandSlug, String workTypeSlug,
		String explanation) {

	public static final String WORK_TYPE = "work-type";

	/** The facts that satisfy this rule, or empty when one of its conditions fails. */
	public Optional<List<Reason>> match(Map<String, Integer> skillScores, int overall, Integer years) {
		List<Reason> reasons = new ArrayList<>();
		if (skillSlug != null) {
			Integer score = skillScores.get(skillSlug);
			if (score == null || score < minSkillScore) {
				return Optional.empty();
			}
			reasons.add(new Reason(Reason.SKILL, skillSlug, score, minSkillScore));
		}
		if (minYears != null) {
			if (years == null || years < minYears) {
				return Optional.empty();
			}
			reasons.add(new Reason(Reason.YEARS, null, years, minYears));
		}
		if (minOverall != null) {
			if (overall < minOverall) {
				return Optional.empty();
			}
			reasons.add(new Reason(Reason.OVERALL, null, overall, minOverall));
		}
		return Optional.of(List.copyOf(reasons));
	}

}
