package io.trainerpath.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How every amount of money on the site is written: "$1,200", "$2.25", "+$1.50". */
public final class Money {

	private static final Map<String, String> SYMBOLS = new ConcurrentHashMap<>();

	private Money() {
	}

	/**
	 * Whole amounts without cents ("$1,200"), others with them ("$2.25"). Written out by hand: a
	 * {@code NumberFormat} per call was a sixth of the salary API's cost.
	 */
	public static String format(BigDecimal amount, String currency) {
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
	public static String formatSigned(BigDecimal amount, String currency) {
		String text = format(amount.abs(), currency);
		return switch (amount.signum()) {
			case 1 -> "+" + text;
			case -1 -> "−" + text;
			default -> text;
		};
	}

}
