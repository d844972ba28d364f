package io.trainerpath.guide;

import java.util.List;

/**
 * A guide section ready to show: its Markdown already rendered, its subsections in reading order.
 */
public record Section(String slug, String number, String title, String summary, String html, String feature,
		String parentSlug, List<Section> subsections) {

	public boolean isTopLevel() {
		return parentSlug == null;
	}

	public String label() {
		return number + ". " + title;
	}

}
