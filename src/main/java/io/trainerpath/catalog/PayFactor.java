package io.trainerpath.catalog;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;

/** Something the guide says moves pay up or down, such as location or project complexity. */
@Entity
@Immutable
@Table(name = "pay_factors")
public class PayFactor extends CatalogItem {

	private String name;

	private String guideSays;

	@OneToMany(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "factor_slug")
	@OrderBy("position")
	private List<PayFactorOption> options;

	protected PayFactor() {
	}

	public String getName() {
		return name;
	}

	public String getGuideSays() {
		return guideSays;
	}

	public List<PayFactorOption> getOptions() {
		return options;
	}

}
