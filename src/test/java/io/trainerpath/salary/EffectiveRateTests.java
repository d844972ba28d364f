package io.trainerpath.salary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.trainerpath.salary.SalaryModel.Factor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real hourly rate of platform and gig work: never above the advertised rate, equal to it when
 * nothing is unpaid, and never higher for more unpaid time, more rejected work or a higher fee. Checked
 * over every combination of a grid of figures, for every hourly range the estimator gives.
 */
class EffectiveRateTests {

	static final SalaryModel MODEL = SalaryModelFixture.seeded();

	static final int[] UNPAID = { 0, 1, 5, 10, 15, 30, 60, 119, 120 };

	static final int[] PERCENT = { 0, 1, 5, 10, 25, 50, 99, 100 };

	static final int[] HOURS = { 1, 20, 40, 80 };

	/** Every distinct advertised range: the hourly range of every combination of answers. */
	static List<MoneyRange> advertisedRanges() {
		return SalaryCombinations.all(MODEL)
			.stream()
			.map(choices -> SalaryEstimator.estimate(MODEL, choices).hourly())
			.distinct()
			.toList();
	}

	static EffectiveRate rate(MoneyRange advertised, PlatformCosts costs, int hours) {
		return SalaryEstimator.effectiveRate(advertised,
				new PlatformAnswers(costs.unpaidMinutes(), costs.rejectedPercent(), costs.feePercent()),
				PlatformCosts.NOTHING_UNPAID, hours, MODEL.assumptions());
	}

	@Test
	void neverRisesAboveTheAdvertisedRateEqualsItWhenNothingIsUnpaidAndFallsWithEveryCost() {
		List<String> broken = new ArrayList<>();
		List<MoneyRange> ranges = advertisedRanges();
		int checked = 0;

		for (MoneyRange advertised : ranges) {
			for (int unpaid : UNPAID) {
				for (int rejected : PERCENT) {
					for (int fee : PERCENT) {
						int hours = HOURS[checked++ % HOURS.length];
						PlatformCosts costs = new PlatformCosts(unpaid, rejected, fee);
						EffectiveRate rate = rate(advertised, costs, hours);
						MoneyRange effective = rate.effective();
						if (effective.low().compareTo(advertised.low()) > 0 || effective.high().compareTo(advertised.high()) > 0) {
							broken.add("above the advertised rate: " + costs + " on " + advertised.text());
						}
						if (effective.low().signum() < 0 || effective.low().compareTo(effective.high()) > 0) {
							broken.add("not a range: " + costs + " on " + advertised.text());
						}
						if (costs.equals(PlatformCosts.NOTHING_UNPAID) && !effective.equals(advertised)) {
							broken.add("not the advertised rate with nothing unpaid: " + advertised.text());
						}
						BigDecimal perYear = BigDecimal.valueOf((long) hours * MODEL.assumptions().workingWeeksPerYear());
						if (rate.yearAtYourHours().low().compareTo(effective.low().multiply(perYear)) != 0
								|| rate.yearAtYourHours().high().compareTo(effective.high().multiply(perYear)) != 0) {
							broken.add("a year is not the real rate times the hours: " + costs);
						}
						checkFalls(advertised, costs, hours, rate, "unpaid", c -> next(c, UNPAID, c.unpaidMinutes(), 0), broken);
						checkFalls(advertised, costs, hours, rate, "rejected", c -> next(c, PERCENT, c.rejectedPercent(), 1), broken);
						checkFalls(advertised, costs, hours, rate, "fee", c -> next(c, PERCENT, c.feePercent(), 2), broken);
					}
				}
			}
		}

		assertThat(checked).isEqualTo(ranges.size() * UNPAID.length * PERCENT.length * PERCENT.length);
		assertThat(ranges).hasSizeGreaterThan(20);
		assertThat(broken).isEmpty();
	}

	@Test
	void keepsEverythingWhenNothingIsUnpaidAndNothingWhenAllWorkIsRejected() {
		assertThat(PlatformCosts.NOTHING_UNPAID.keptShare()).isEqualByComparingTo("1");
		assertThat(new PlatformCosts(15, 10, 0).keptShare()).isEqualByComparingTo("0.72");
		assertThat(new PlatformCosts(0, 100, 0).keptShare()).isEqualByComparingTo("0");
	}

	@Test
	void takesTheAssumptionForEachFigureLeftOut() {
		PlatformCosts assumed = MODEL.platformDefaults();

		PlatformCosts costs = new PlatformAnswers(15, null, null).or(assumed);

		assertThat(costs).isEqualTo(new PlatformCosts(15, assumed.rejectedPercent(), assumed.feePercent()));
		assertThat(MODEL.platformAssumptions()).extracting(SalaryModel.PlatformAssumption::slug)
			.containsExactly("unpaid", "rejected", "fee");
		assertThat(MODEL.platformAssumptions()).allSatisfy(assumption -> assertThat(assumption.reason()).isNotBlank());
	}

	@Test
	void showsACrowdWorkersRealRateBelowTheAdvertisedOneAndLabelsTheAssumedFee() {
		SalaryChoices crowdWorker = SalaryCombinations.uniform(MODEL, "entry-annotator", Factor::neutral)
			.withOption("company", "company-crowdsourcing")
			.withHours(20)
			.withPlatform(new PlatformAnswers(15, 10, null));

		EffectiveRate rate = SalaryEstimator.estimate(MODEL, crowdWorker).effectiveRate();

		assertThat(rate.effective().low()).isLessThan(rate.advertised().low());
		assertThat(rate.effective().high()).isLessThan(rate.advertised().high());
		assertThat(rate.unpaidAssumed()).isFalse();
		assertThat(rate.rejectedAssumed()).isFalse();
		assertThat(rate.feeAssumed()).isTrue();
	}

	@Test
	void appearsForFreelanceAndCrowdWorkAndWhenAFigureIsGivenOnly() {
		SalaryChoices employee = SalaryCombinations.uniform(MODEL, "domain-trainer", Factor::neutral);

		assertThat(SalaryEstimator.estimate(MODEL, employee).effectiveRate()).isNull();
		assertThat(SalaryEstimator.estimate(MODEL, employee.withOption("employment", "employment-freelance"))
			.effectiveRate()).isNotNull();
		assertThat(SalaryEstimator.estimate(MODEL, employee.withOption("company", "company-crowdsourcing"))
			.effectiveRate()).isNotNull();
		assertThat(SalaryEstimator.estimate(MODEL, employee.withPlatform(new PlatformAnswers(null, null, 10)))
			.effectiveRate()).isNotNull();
	}

	/** The same figures with one of them at the grid's next value, if there is one. */
	private static PlatformCosts next(PlatformCosts costs, int[] grid, int current, int which) {
		for (int i = 0; i < grid.length - 1; i++) {
			if (grid[i] == current) {
				int higher = grid[i + 1];
				return switch (which) {
					case 0 -> new PlatformCosts(higher, costs.rejectedPercent(), costs.feePercent());
					case 1 -> new PlatformCosts(costs.unpaidMinutes(), higher, costs.feePercent());
					default -> new PlatformCosts(costs.unpaidMinutes(), costs.rejectedPercent(), higher);
				};
			}
		}
		return null;
	}

	private static void checkFalls(MoneyRange advertised, PlatformCosts costs, int hours, EffectiveRate before,
			String input, UnaryOperator<PlatformCosts> more, List<String> broken) {
		PlatformCosts higher = more.apply(costs);
		if (higher == null) {
			return;
		}
		EffectiveRate after = rate(advertised, higher, hours);
		if (after.effective().low().compareTo(before.effective().low()) > 0
				|| after.effective().high().compareTo(before.effective().high()) > 0) {
			broken.add("rose with more " + input + ": " + costs + " on " + advertised.text());
		}
	}

}
