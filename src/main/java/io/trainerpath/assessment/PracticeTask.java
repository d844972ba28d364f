package io.trainerpath.assessment;

import java.util.Map;

/** The practice task's guideline, and for each of its items (by question slug) why the key is right. */
public record PracticeTask(String slug, String title, String guideline, Map<String, String> explanations) {

	public PracticeTask {
		explanations = Map.copyOf(explanations);
	}

}
