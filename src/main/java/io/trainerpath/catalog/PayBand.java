package io.trainerpath.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One of the guide's three pay ranges. The top band is open-ended: its maximum is the highest figure
 * the guide names, and real pay can be higher.
 */
@Entity
@Immutable
@Table(name = "pay_bands")
public class PayBand extends CatalogItem {

	private String name;

	private String summary;

	private String currency;

	private BigDecimal hourlyMin;

	private BigDecimal hourlyMax;

	private boolean hourlyOpenEnded;

	private BigDecimal annualMin;

	private BigDecimal annualMax;

	private boolean annualOpenEnded;

	protected PayBand() {
	}

	public String getName() {
		return name;
	}

	public String getSummary() {
		return summary;
	}

	public String getCurrency() {
		return currency;
	}

	public BigDecimal getHourlyMin() {
		return hourlyMin;
	}

	public BigDecimal getHourlyMax() {
		return hourlyMax;
	}

	public boolean isHourlyOpenEnded() {
		return hourlyOpenEnded;
	}

	public BigDecimal getAnnualMin() {
		return annualMin;
	}

	public BigDecimal getAnnualMax() {
		return annualMax;
	}

	public boolean isAnnualOpenEnded() {
		return annualOpenEnded;
	}

	/** The hourly range as the guide states it, such as "$15–$30" or "$80–$150+". */
	public String hourlyRange() {
		return range(hourlyMin, hourlyMax, hourlyOpenEnded);
	}

	/** The annual range as the guide states it, such as "$30,000–$50,000" or "$100,000–$180,000+". */
	public String annualRange() {
		return range(annualMin, annualMax, annualOpenEnded);
	}

	private String range(BigDecimal min, BigDecimal max, boolean openEnded) {
		return Money.format(min, currency) + "–" + Money.format(max, currency) + (openEnded ? "+" : "");
	}

}
