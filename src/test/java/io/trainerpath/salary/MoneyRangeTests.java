package io.trainerpath.salary;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyRangeTests {

	@Test
	void anOpenTopIsMarkedWithAPlus() {
		MoneyRange range = new MoneyRange(new BigDecimal("130"), new BigDecimal("150"), true, "USD");
		assertThat(range.text()).isEqualTo("$130–$150+");
	}

	@Test
	void aRangeCannotRunBackwards() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MoneyRange(BigDecimal.TEN, BigDecimal.ONE, false, "USD"));
	}

}
