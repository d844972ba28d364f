package io.trainerpath.assessment;

/**
 * A named band of overall scores, from its minimum up to the next level's. Some levels also ask for
 * evidence: a share of the practice task answered correctly, and a particular field of expertise.
 */
public record ReadinessLevel(String slug, String name, int minScore, String meaning, int minPractice,
		boolean needsField, String evidenceReason) {

	public ReadinessLevel(String slug, String name, int minScore, String meaning) {
		this(slug, name, minScore, meaning, 0, false, null);
	}

	/** Whether an attempt with this overall score, practice result and field reaches the level. */
	public boolean reachedBy(int overall, Integer practicePercent, boolean hasField) {
		return overall >= minScore && (minPractice == 0 || (practicePercent != null && practicePercent >= minPractice))
				&& (!needsField || hasField);
	}

}
