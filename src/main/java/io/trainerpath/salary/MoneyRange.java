package io.trainerpath.salary;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

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
		return format(low, currency) + "–" + highText();
	}

	public String lowText() {
		return format(low, currency);
	}

	public String highText() {
		return format(high, currency) + (openTop ? "+" : "");
	}

	/** Whole amounts without cents ("$1,200"), others with them ("$2.25"). */
	static String format(BigDecimal amount, String currency) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		format.setCurrency(Currency.getInstance(currency));
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(whole ? 0 : 2);
		return format.format(amount);
	}

	/** A signed amount for the breakdown: "+$1.50", "−$3", "$0". */
	static String formatSigned(BigDecimal amount, String currency) {
		String text = format(amount.abs(), currency);
		return switch (amount.signum()) {
			case 1 -> "+" + text;
			case -1 -> "−" + text;
			default -> text;
		};
	}

}
