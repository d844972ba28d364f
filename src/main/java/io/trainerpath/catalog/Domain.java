package io.trainerpath.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A field of expertise; the guide says niche and technical fields pay more. */
@Entity
@Immutable
@Table(name = "domains")
public class Domain extends CatalogItem {

	private String name;

	private String tier;

	private String examples;

	protected Domain() {
	}

	public String getName() {
		return name;
	}

	public String getTier() {
		return tier;
	}

	public String getExamples() {
		return examples;
	}

	public boolean isNiche() {
		return "niche".equals(tier);
	}

}
