package io.trainerpath.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "skills")
public class Skill extends CatalogItem {

	private String number;

	private String name;

	private String summary;

	private String meaning;

	private String whyItMatters;

	private boolean mostCritical;

	protected Skill() {
	}

	public String getNumber() {
		return number;
	}

	public String getName() {
		return name;
	}

	public String getSummary() {
		return summary;
	}

	public String getMeaning() {
		return meaning;
	}

	public String getWhyItMatters() {
		return whyItMatters;
	}

	public boolean isMostCritical() {
		return mostCritical;
	}

}
