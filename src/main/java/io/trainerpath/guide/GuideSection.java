package io.trainerpath.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A numbered section ("4") or subsection ("4.2") of the guide, its body written in Markdown.
 * feature names the catalog data the page shows beside the prose, such as the skills or pay bands.
 */
@Entity
@Table(name = "guide_sections")
class GuideSection {

	@Id
	private String slug;

	private String number;

	private String title;

	private String summary;

	private String body;

	private int position;

	private String parentSlug;

	private String feature;

	protected GuideSection() {
	}

	String getSlug() {
		return slug;
	}

	String getNumber() {
		return number;
	}

	String getTitle() {
		return title;
	}

	String getSummary() {
		return summary;
	}

	String getBody() {
		return body;
	}

	int getPosition() {
		return position;
	}

	String getParentSlug() {
		return parentSlug;
	}

	String getFeature() {
		return feature;
	}

}
