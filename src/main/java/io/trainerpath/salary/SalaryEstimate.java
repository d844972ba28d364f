package io.trainerpath.salary;

import java.math.BigDecimal;
import java.util.List;

import io.trainerpath.catalog.Money;

import io.trainerpath.salary.SalaryModel.Band;
import io.trainerpath.salary.SalaryModel.Factor;
import io.trainerpath.salary.SalaryModel.Option;

/**
 * An estimate for one situation. {@code hourly} and {@code salary} always lie inside the band's hourly
 * and yearly ranges; {@code yearAtYourHours} is the hourly range times hours per week times working
 * weeks, so it follows the hours a person chose rather than the band, and {@code monthAtYourHours} is
 * a twelfth of it. What a person earns at their hours comes first on the results; the full-time
 * {@code salary} is there to compare with. For platform and gig work, {@code effectiveRate} sets the
 * real hourly rate beside the advertised one; it is null for other work.
 */
public record SalaryEstimate(SalaryChoices choices, Band band, MoneyRange hourly, MoneyRange salary,
		MoneyRange yearAtYourHours, MoneyRange monthAtYourHours, int workingWeeksPerYear, Placement hourlyPlacement,
		Placement annualPlacement, List<Line> breakdown, EffectiveRate effectiveRate) {

	public SalaryEstimate {
		breakdown = List.copyOf(breakdown);
	}

	public boolean freelance() {
		return SalaryChoices.FREELANCE.equals(choices.option("employment"));
	}

	public int hours() {
		return choices.hours();
	}

	/** How much more (or less) this estimate's hourly middle is than another's: "+$40", "−$12.50". */
	public String hourlyDifferenceFrom(SalaryEstimate other) {
		return Money.formatSigned(hourly.middle().subtract(other.hourly.middle()), band.currency());
	}

	/** The same for the yearly salary. */
	public String salaryDifferenceFrom(SalaryEstimate other) {
		return Money.formatSigned(salary.middle().subtract(other.salary.middle()), band.currency());
	}

	/** The middle of the band in $/h, where every estimate starts. */
	public String bandMiddleText() {
		return Money.format(band.hourly().middle(), band.currency());
	}

	/** How much holding the range inside the band took off (or added to) the hourly centre. */
	public String heldHourlyEffectText() {
		BigDecimal held = hourlyPlacement.centre().subtract(hourlyPlacement.wanted());
		return Money.formatSigned(SalaryEstimator.money(held, band.hourly()), band.currency());
	}

	/** The centre of the hourly range before rounding, in $/h. */
	public String hourlyCentreText() {
		return Money.format(band.hourly().min().add(SalaryEstimator.money(hourlyPlacement.centre(), band.hourly())),
				band.currency());
	}

	/** Half the width of the range in $/h, before rounding. */
	public String hourlyHalfWidthText() {
		return Money.format(SalaryEstimator.money(hourlyPlacement.halfWidth(), band.hourly()), band.currency());
	}

	/**
	 * Where the range's centre sits in the band, from 0 (minimum) to 1 (maximum): {@code wanted} is 0.5 plus
	 * every shift, {@code centre} the same held far enough from the edges for the whole range to fit.
	 */
	public record Placement(BigDecimal wanted, BigDecimal centre, BigDecimal halfWidth) {

		public boolean held() {
			return wanted.compareTo(centre) != 0;
		}

		public BigDecimal low() {
			return centre.subtract(halfWidth);
		}

		public BigDecimal high() {
			return centre.add(halfWidth);
		}

	}

	/** One factor's part in the estimate: the option chosen and what it does in money. */
	public record Line(Factor factor, Option option, BigDecimal hourlyEffect, BigDecimal annualEffect,
			String currency) {

		public String hourlyEffectText() {
			return Money.formatSigned(hourlyEffect, currency);
		}

		public String annualEffectText() {
			return Money.formatSigned(annualEffect, currency);
		}

	}

}
