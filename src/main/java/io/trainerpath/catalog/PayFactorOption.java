package io.trainerpath.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A choice within a pay factor, with what the guide says it does to pay. */
@Entity
@Immutable
@Table(name = "pay_factor_options")
public class PayFactorOption extends CatalogItem {

	@Column(name = "factor_slug", insertable = false, updatable = false)
	private String factorSlug;

	private String label;

	private String description;

	private String effect;

	protected PayFactorOption() {
	}

	public String getFactorSlug() {
		return factorSlug;
	}

	public String getLabel() {
		return label;
	}

	public String getDescription() {
		return description;
	}

	public String getEffect() {
		return effect;
	}

}
