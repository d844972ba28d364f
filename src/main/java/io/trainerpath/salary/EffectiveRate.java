package io.trainerpath.salary;

import java.math.RoundingMode;

import io.trainerpath.catalog.Money;

/**
 * The hourly rate a platform advertises beside the one a person really earns for each hour they work,
 * and what the real one comes to at their hours. {@code answers} says which figures the person gave;
 * the rest of {@code costs} are the portal's assumptions.
 */
public record EffectiveRate(MoneyRange advertised, MoneyRange effective, MoneyRange yearAtYourHours,
		MoneyRange monthAtYourHours, PlatformCosts costs, PlatformAnswers answers) {

	public boolean unpaidAssumed() {
		return answers.unpaidMinutes() == null;
	}

	public boolean rejectedAssumed() {
		return answers.rejectedPercent() == null;
	}

	public boolean feeAssumed() {
		return answers.feePercent() == null;
	}

	/** The low end before rounding, to the cent, for showing the working: "$15.12". */
	public String exactLowText() {
		return Money.format(advertised.low().multiply(costs.keptShare()).setScale(2, RoundingMode.HALF_EVEN),
				advertised.currency());
	}

	public boolean anyAssumed() {
		return unpaidAssumed() || rejectedAssumed() || feeAssumed();
	}

}
