package io.trainerpath.catalog;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Where the portal's facts and figures come from, and when they were last brought up to date. */
@Entity
@Immutable
@Table(name = "content_sources")
public class ContentSource {

	@Id
	private String slug;

	private String title;

	private String description;

	private LocalDate updatedOn;

	protected ContentSource() {
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public LocalDate getUpdatedOn() {
		return updatedOn;
	}

}
