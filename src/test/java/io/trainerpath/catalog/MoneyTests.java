package io.trainerpath.catalog;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTests {

	@Test
	void wholeAmountsHaveNoCentsAndGroupThousands() {
		assertThat(Money.format(new BigDecimal("1200"), "USD")).isEqualTo("$1,200");
		assertThat(Money.format(new BigDecimal("130.00"), "USD")).isEqualTo("$130");
		assertThat(Money.format(new BigDecimal("1234567"), "USD")).isEqualTo("$1,234,567");
		assertThat(Money.format(BigDecimal.ZERO, "USD")).isEqualTo("$0");
	}

	@Test
	void otherAmountsShowTwoDecimals() {
		assertThat(Money.format(new BigDecimal("2.25"), "USD")).isEqualTo("$2.25");
		assertThat(Money.format(new BigDecimal("2.5"), "USD")).isEqualTo("$2.50");
		assertThat(Money.format(new BigDecimal("999.999"), "USD")).isEqualTo("$1,000.00");
	}

	// The hand-written format must say exactly what Java's own US currency format says.
	@ParameterizedTest
	@ValueSource(strings = { "0", "7", "20", "999", "1000", "41600", "312000", "1234567.5", "0.125", "19.99",
			"-3", "-1500.5", "100.005", "64.375" })
	void agreesWithJavasCurrencyFormat(String value) {
		BigDecimal amount = new BigDecimal(value);
		NumberFormat java = NumberFormat.getCurrencyInstance(Locale.US);
		java.setCurrency(Currency.getInstance("USD"));
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		java.setMinimumFractionDigits(whole ? 0 : 2);
		java.setMaximumFractionDigits(whole ? 0 : 2);
		assertThat(Money.format(amount, "USD")).isEqualTo(java.format(amount));
	}

	@Test
	void signedAmountsCarryTheirSign() {
		assertThat(Money.formatSigned(new BigDecimal("1.50"), "USD")).isEqualTo("+$1.50");
		assertThat(Money.formatSigned(new BigDecimal("-3"), "USD")).isEqualTo("−$3");
		assertThat(Money.formatSigned(BigDecimal.ZERO, "USD")).isEqualTo("$0");
	}

}
