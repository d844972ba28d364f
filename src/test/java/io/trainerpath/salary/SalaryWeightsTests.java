package io.trainerpath.salary;

import java.math.BigDecimal;
import java.util.List;

import io.trainerpath.salary.SalaryModel.Band;
import io.trainerpath.salary.SalaryModel.Factor;
import io.trainerpath.salary.SalaryModel.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded weights agree with the guide and make the estimator's promises reachable. */
class SalaryWeightsTests {

	static final SalaryModel MODEL = SalaryModelFixture.seeded();

	@Test
	void shiftsEveryOptionTheWayTheGuideSays() {
		for (Factor factor : MODEL.factors()) {
			for (Option option : factor.options()) {
				int expected = switch (option.effect()) {
					case "raises" -> 1;
					case "lowers" -> -1;
					default -> 0;
				};
				assertThat(option.hourlyShift().signum()).as(option.slug()).isEqualTo(expected);
				// only the employment choice leaves the salary alone: it is about the hourly rate
				if (!"employment".equals(factor.slug())) {
					assertThat(option.annualShift().signum()).as(option.slug()).isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void ordersEachFactorsOptionsFromLeastToMostFavourable() {
		for (Factor factor : MODEL.factors()) {
			List<Option> options = factor.options();
			for (int i = 1; i < options.size(); i++) {
				assertThat(options.get(i).hourlyShift()).as(options.get(i).slug())
					.isGreaterThanOrEqualTo(options.get(i - 1).hourlyShift());
				assertThat(options.get(i).annualShift()).as(options.get(i).slug())
					.isGreaterThanOrEqualTo(options.get(i - 1).annualShift());
			}
		}
	}

	@Test
	void givesEveryFactorOneNeutralOptionAndEmploymentTwo() {
		for (Factor factor : MODEL.factors()) {
			List<Option> neutral = factor.options().stream().filter(option -> option.effect().equals("neutral")).toList();

			// full-time and part-time jobs pay the same rate: only the hours tell them apart
			if (factor.slug().equals("employment")) {
				assertThat(neutral).extracting(Option::slug).containsExactly("employment-employee", "employment-part-time");
			}
			else {
				assertThat(neutral).as(factor.slug()).hasSize(1);
			}
			assertThat(factor.neutral()).as(factor.slug()).isEqualTo(neutral.get(0));
		}
	}

	@Test
	void reachesBothEdgesOfEveryBandWithTheDefaultHalfWidth() {
		assertThat(MODEL.reachesBandEdges()).isTrue();
		// and the check is real: a narrower range would need bigger weights than the seed has
		assertThat(SalaryModelFixture.seeded(new SalaryModel.Assumptions(new BigDecimal("0.05"), 48, BigDecimal.ONE,
				new BigDecimal("500"))).reachesBandEdges()).isFalse();
	}

	@Test
	void bandsSitOnTheRoundingStepsSoRoundingKeepsTheNeutralRangeCentred() {
		for (Band band : MODEL.bands()) {
			assertThat(band.hourly().min().remainder(BigDecimal.ONE)).isZero();
			assertThat(band.hourly().max().remainder(BigDecimal.ONE)).isZero();
			assertThat(band.annual().min().remainder(new BigDecimal("500"))).isZero();
			assertThat(band.annual().max().remainder(new BigDecimal("500"))).isZero();
		}
	}

	@Test
	void coversEveryFieldTier() {
		assertThat(SalaryCombinations.fieldPerTier(MODEL)).extracting(SalaryModel.Field::domainOption)
			.containsExactlyInAnyOrderElementsOf(
					MODEL.factor("domain").orElseThrow().options().stream().map(Option::slug).toList());
	}

}
