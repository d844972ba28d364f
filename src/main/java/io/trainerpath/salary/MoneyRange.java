package io.trainerpath.salary;

import java.math.BigDecimal;

import io.trainerpath.catalog.Money;

/** A low–high amount of money; an open top means the real figure can be higher than the high end. */
public record MoneyRange(BigDecimal low, BigDecimal high, boolean openTop, String currency) {

	public MoneyRange {
		if (low.compareTo(high) > 0) {
			throw new IllegalArgumentException("A range's low end cannot be above its high end");
		}
	}

	public BigDecimal middle() {
		return low.add(high).divide(BigDecimal.valueOf(2));
	}

	/** "$20–$25", or "$130–$150+" when the top is open. */
	public String text() {
		return Money.format(low, currency) + "–" + highText();
	}

	public String lowText() {
		return Money.format(low, currency);
	}

	public String highText() {
		return Money.format(high, currency) + (openTop ? "+" : "");
	}

}
