package io.trainerpath.assessment;

/**
 * One step a plan may hold, as data: when to do it (phase), roughly how long it takes, the roadmap
 * step it belongs to, and the trigger that puts it in a plan (see V24's next_steps for each kind).
 * {@code generalistText} replaces the text for people with no particular field, when there is one.
 */
public record NextStep(String slug, String phase, int hours, String roadmapStepSlug, String trigger, String skillSlug,
		Integer threshold, String preparationSlug, String careerRoleSlug, String title, String text,
		String generalistText) {

	public static final String FIRST = "first";

	public static final String SOON = "soon";

	public static final String ONGOING = "ongoing";

}
