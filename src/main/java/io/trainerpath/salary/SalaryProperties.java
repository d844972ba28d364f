package io.trainerpath.salary;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The estimator's assumptions that are not the guide's: how wide a range is (a share of the band on
 * each side of its centre), how many weeks a year people work, and what figures are rounded to.
 * Each can be set as trainerpath.salary.*; /salary/method shows the values in use.
 */
@ConfigurationProperties("trainerpath.salary")
public record SalaryProperties(@DefaultValue("0.15") BigDecimal rangeHalfWidth,
		@DefaultValue("48") int workingWeeksPerYear, @DefaultValue("1") BigDecimal hourlyRounding,
		@DefaultValue("500") BigDecimal annualRounding) {

	SalaryModel.Assumptions assumptions() {
		return new SalaryModel.Assumptions(rangeHalfWidth, workingWeeksPerYear, hourlyRounding, annualRounding);
	}

}
