package io.trainerpath.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One of the hard parts of the work, with a practical way to cope. */
@Entity
@Immutable
@Table(name = "challenges")
public class Challenge extends CatalogItem {

	private String title;

	private String description;

	private String coping;

	protected Challenge() {
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getCoping() {
		return coping;
	}

}
