package io.trainerpath.assessment;

/** One fact that made a rule apply: a skill score, years of experience or the overall score. */
public record Reason(String kind, String skillSlug, int actual, int required) {

	public static final String SKILL = "skill";

	public static final String YEARS = "years";

	public static final String OVERALL = "overall";

}
