package io.trainerpath.salary;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** How far one pay factor option moves an estimate: the portal's assumption, kept apart from the guide. */
@Entity
@Immutable
@Table(name = "salary_factor_weights")
class SalaryFactorWeight {

	@Id
	private String optionSlug;

	private BigDecimal hourlyShift;

	private BigDecimal annualShift;

	private String reason;

	protected SalaryFactorWeight() {
	}

	String getOptionSlug() {
		return optionSlug;
	}

	BigDecimal getHourlyShift() {
		return hourlyShift;
	}

	BigDecimal getAnnualShift() {
		return annualShift;
	}

	String getReason() {
		return reason;
	}

}
