package io.trainerpath.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A low–high amount of money; an open top means the real figure can be higher than the high end. */
public record MoneyRange(BigDecimal low, BigDecimal high, boolean openTop, String currency) {

	private static final Map<String, String> SYMBOLS = new ConcurrentHashMap<>();

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

	/**
	 * Whole amounts without cents ("$1,200"), others with them ("$2.25"). Written out by hand: a
	 * {@code NumberFormat} per call was a sixth of the salary API's cost.
	 */
	static String format(BigDecimal amount, String currency) {
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		String digits = amount.abs().setScale(whole ? 0 : 2, RoundingMode.HALF_EVEN).toPlainString();
		int point = digits.indexOf('.');
		int integerEnd = point < 0 ? digits.length() : point;
		StringBuilder text = new StringBuilder(digits.length() + 6);
		if (amount.signum() < 0) {
			text.append('-');
		}
		text.append(SYMBOLS.computeIfAbsent(currency, code -> Currency.getInstance(code).getSymbol(Locale.US)));
		for (int i = 0; i < integerEnd; i++) {
			if (i > 0 && (integerEnd - i) % 3 == 0) {
				text.append(',');
			}
			text.append(digits.charAt(i));
		}
		return text.append(digits, integerEnd, digits.length()).toString();
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
