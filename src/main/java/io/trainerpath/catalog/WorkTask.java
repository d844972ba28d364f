package io.trainerpath.catalog;

import jakarta.persistence.Embeddable;

/** One concrete task within a kind of work, such as drawing boxes around objects in images. */
@Embeddable
public class WorkTask {

	private String media;

	private String name;

	private String description;

	protected WorkTask() {
	}

	public String getMedia() {
		return media;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

}
