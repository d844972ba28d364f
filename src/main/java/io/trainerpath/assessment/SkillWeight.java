package io.trainerpath.assessment;

/** How many times a skill counts towards the overall score, and why. */
public record SkillWeight(String skillSlug, int weight, String reason) {

	public SkillWeight {
		if (weight < 1) {
			throw new IllegalArgumentException("A weight is at least 1: " + skillSlug);
		}
	}

}
