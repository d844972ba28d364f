package io.trainerpath.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule of placement, as data with its reason: "start" rules name where to begin (the first that
 * holds, most senior first), "branch" rules another route worth considering. A null condition, or
 * {@code needsField} false, is no condition.
 */
public record PlacementRule(String slug, String kind, String careerRoleSlug, String payBandSlug, Integer minAnnotation,
		boolean needsField, Integer minYears, Integer minDomainScore, Integer minPractice, String reason) {

	public static final String START = "start";

	public static final String BRANCH = "branch";

	/** One condition of a rule, held or not, with what the rule asks for and what the person has. */
	public record Condition(Kind kind, int required, Integer actual, boolean met) {

		public enum Kind {

			ANNOTATION, FIELD, YEARS, DOMAIN_SCORE, PRACTICE

		}

	}

	/** Every condition this rule sets, each checked against the facts; unknown facts never meet one. */
	public List<Condition> check(PlacementFacts facts) {
		List<Condition> conditions = new ArrayList<>();
		if (minAnnotation != null) {
			Integer depth = facts.annotationDepth();
			conditions.add(new Condition(Condition.Kind.ANNOTATION, minAnnotation, depth,
					depth != null && depth >= minAnnotation));
		}
		if (needsField) {
			conditions.add(new Condition(Condition.Kind.FIELD, 1, facts.hasField() ? 1 : 0, facts.hasField()));
		}
		if (minYears != null) {
			conditions.add(new Condition(Condition.Kind.YEARS, minYears, facts.years(), facts.years() >= minYears));
		}
		if (minDomainScore != null) {
			conditions.add(new Condition(Condition.Kind.DOMAIN_SCORE, minDomainScore, facts.domainScore(),
					facts.domainScore() >= minDomainScore));
		}
		if (minPractice != null) {
			Integer practice = facts.practicePercent();
			conditions.add(new Condition(Condition.Kind.PRACTICE, minPractice, practice,
					practice != null && practice >= minPractice));
		}
		return List.copyOf(conditions);
	}

	public boolean holds(PlacementFacts facts) {
		return check(facts).stream().allMatch(Condition::met);
	}

}
