package io.trainerpath.salary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.trainerpath.salary.SalaryModel.Band;
import io.trainerpath.salary.SalaryModel.Factor;
import io.trainerpath.salary.SalaryModel.Option;
import io.trainerpath.salary.SalaryModel.Scale;
import io.trainerpath.support.EveryCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimator's promises, checked over every combination of answers against the real seeded bands
 * and weights (loaded from the migrations, see {@link SalaryModelFixture}).
 */
class SalaryEstimatorTests {

	static final SalaryModel MODEL = SalaryModelFixture.seeded();

	static final List<SalaryChoices> EVERY_COMBINATION = SalaryCombinations.all(MODEL);

	static final List<String> EVERY_BAND = MODEL.bands().stream().map(Band::slug).toList();

	@Test
	void enumeratesEveryCombinationOfAnswers() {
		long expected = MODEL.bands().size() * SalaryCombinations.fieldPerTier(MODEL).size();
		for (String factor : SalaryRequests.factorParameters(MODEL)) {
			expected *= MODEL.factor(factor).orElseThrow().options().size();
		}

		assertThat(SalaryCombinations.all(MODEL)).hasSize((int) expected).doesNotHaveDuplicates();
		assertThat(expected).isEqualTo(3L * 3 * 3 * 3 * 3 * 4 * 3);
	}

	@Test
	void keepsEveryRangeInsideItsBand() {
		EveryCase.satisfy(EVERY_COMBINATION, SalaryChoices::toString, choices -> {
			SalaryEstimate estimate = SalaryEstimator.estimate(MODEL, choices);

			assertInside(estimate.hourly(), estimate.band().hourly());
			assertInside(estimate.salary(), estimate.band().annual());
		});
	}

	@Test
	void neverLowersEitherEndWhenOneAnswerBecomesMoreFavourable() {
		EveryCase.satisfy(EVERY_COMBINATION, SalaryChoices::toString, choices -> {
			SalaryEstimate before = SalaryEstimator.estimate(MODEL, choices);

			for (Factor factor : MODEL.factors()) {
				SalaryCombinations.oneStepBetter(MODEL, choices, factor.slug()).ifPresent(better -> {
					SalaryEstimate after = SalaryEstimator.estimate(MODEL, better);
					assertThat(after.hourly().low()).as("hourly low, %s better", factor.slug())
						.isGreaterThanOrEqualTo(before.hourly().low());
					assertThat(after.hourly().high()).as("hourly high, %s better", factor.slug())
						.isGreaterThanOrEqualTo(before.hourly().high());
					assertThat(after.salary().low()).as("salary low, %s better", factor.slug())
						.isGreaterThanOrEqualTo(before.salary().low());
					assertThat(after.salary().high()).as("salary high, %s better", factor.slug())
						.isGreaterThanOrEqualTo(before.salary().high());
				});
			}
		});
	}

	@Test
	void convertsTheHourlyRangeWithHoursAndWorkingWeeks() {
		EveryCase.satisfy(EVERY_COMBINATION, SalaryChoices::toString, choices -> {
			SalaryEstimate estimate = SalaryEstimator.estimate(MODEL, choices);
			BigDecimal factor = BigDecimal.valueOf((long) choices.hours() * 48);

			assertThat(estimate.yearAtYourHours().low()).isEqualByComparingTo(estimate.hourly().low().multiply(factor));
			assertThat(estimate.yearAtYourHours().high()).isEqualByComparingTo(estimate.hourly().high().multiply(factor));
			assertThat(estimate.yearAtYourHours().openTop()).isEqualTo(estimate.hourly().openTop());
			SalaryEstimate fullTime = SalaryEstimator.estimate(MODEL, choices.withHours(40));
			assertThat(estimate.hourly()).as("hours never move the rate").isEqualTo(fullTime.hourly());
			assertThat(estimate.salary()).as("hours never move the salary").isEqualTo(fullTime.salary());
		});
	}

	@Test
	void givesAMonthAtYourHoursAsATwelfthOfTheYearRoundedOutwards() {
		EveryCase.satisfy(EVERY_COMBINATION, SalaryChoices::toString, choices -> {
			SalaryEstimate estimate = SalaryEstimator.estimate(MODEL, choices);
			MoneyRange year = estimate.yearAtYourHours();
			MoneyRange month = estimate.monthAtYourHours();
			BigDecimal twelve = BigDecimal.valueOf(12);

			assertThat(month.low().multiply(twelve)).isLessThanOrEqualTo(year.low())
				.isGreaterThan(year.low().subtract(twelve));
			assertThat(month.high().multiply(twelve)).isGreaterThanOrEqualTo(year.high())
				.isLessThan(year.high().add(twelve));
		});
	}

	@Test
	void roundsToWholeDollarsAnHourAndFiveHundredsAYear() {
		EveryCase.satisfy(EVERY_COMBINATION, SalaryChoices::toString, choices -> {
			SalaryEstimate estimate = SalaryEstimator.estimate(MODEL, choices);

			assertThat(estimate.hourly().low().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
			assertThat(estimate.hourly().high().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
			assertThat(estimate.salary().low().remainder(new BigDecimal("500"))).isZero();
			assertThat(estimate.salary().high().remainder(new BigDecimal("500"))).isZero();
		});
	}

	@Test
	void marksTheTopOpenOnlyWhenAnOpenBandsMaximumIsReached() {
		EveryCase.satisfy(EVERY_COMBINATION, SalaryChoices::toString, choices -> {
			SalaryEstimate estimate = SalaryEstimator.estimate(MODEL, choices);
			Band band = estimate.band();

			assertThat(estimate.hourly().openTop())
				.isEqualTo(band.hourly().openEnded() && estimate.hourly().high().compareTo(band.hourly().max()) == 0);
			assertThat(estimate.salary().openTop())
				.isEqualTo(band.annual().openEnded() && estimate.salary().high().compareTo(band.annual().max()) == 0);
		});
	}

	@Test
	void centresTheRangeOnTheBandsMiddleWhenEveryAnswerIsNeutral() {
		EveryCase.satisfy(EVERY_BAND, band -> band, band -> {
			SalaryEstimate estimate = SalaryEstimator.estimate(MODEL, SalaryCombinations.uniform(MODEL, band, Factor::neutral));

			assertThat(estimate.hourly().middle()).isEqualByComparingTo(estimate.band().hourly().middle());
			assertThat(estimate.salary().middle()).isEqualByComparingTo(estimate.band().annual().middle());
			assertThat(estimate.hourly().low()).isGreaterThan(estimate.band().hourly().min());
			assertThat(estimate.hourly().high()).isLessThan(estimate.band().hourly().max());
		});
	}

	@Test
	void startsAtTheBandsMinimumWhenEveryAnswerIsLeastFavourable() {
		EveryCase.satisfy(EVERY_BAND, band -> band, band -> {
			SalaryEstimate estimate = SalaryEstimator.estimate(MODEL, SalaryCombinations.uniform(MODEL, band, Factor::lowest));

			assertThat(estimate.hourly().low()).isEqualByComparingTo(estimate.band().hourly().min());
			assertThat(estimate.salary().low()).isEqualByComparingTo(estimate.band().annual().min());
		});
	}

	@Test
	void endsAtTheBandsMaximumWhenEveryAnswerIsMostFavourable() {
		EveryCase.satisfy(EVERY_BAND, band -> band, band -> {
			SalaryEstimate estimate = SalaryEstimator.estimate(MODEL,
					SalaryCombinations.uniform(MODEL, band, Factor::highest).withOption("employment", "employment-freelance"));

			assertThat(estimate.hourly().high()).isEqualByComparingTo(estimate.band().hourly().max());
			assertThat(estimate.salary().high()).isEqualByComparingTo(estimate.band().annual().max());
		});
	}

	@Test
	void givesTheGuidesEntryFiguresAtTheExtremes() {
		SalaryEstimate lowest = SalaryEstimator.estimate(MODEL,
				SalaryCombinations.uniform(MODEL, "entry-annotator", Factor::lowest));
		SalaryEstimate neutral = SalaryEstimator.estimate(MODEL,
				SalaryCombinations.uniform(MODEL, "entry-annotator", Factor::neutral));

		assertThat(lowest.hourly().text()).startsWith("$15–");
		assertThat(lowest.salary().text()).startsWith("$30,000–");
		assertThat(neutral.hourly().text()).isEqualTo("$20–$25");
		assertThat(neutral.salary().text()).isEqualTo("$37,000–$43,000");
	}

	@Test
	void saysPlusRatherThanInventingACeilingAtTheOpenTop() {
		SalaryEstimate top = SalaryEstimator.estimate(MODEL,
				SalaryCombinations.uniform(MODEL, "senior-expert", Factor::highest));

		assertThat(top.hourly().highText()).isEqualTo("$150+");
		assertThat(top.salary().highText()).isEqualTo("$180,000+");
		assertThat(top.hourly().text()).endsWith("–$150+");
	}

	@Test
	void freelanceRaisesTheHourlyRateButNotTheSalary() {
		SalaryChoices employee = SalaryCombinations.uniform(MODEL, "domain-trainer", Factor::neutral);
		SalaryChoices freelance = employee.withOption("employment", "employment-freelance");

		SalaryEstimate asEmployee = SalaryEstimator.estimate(MODEL, employee);
		SalaryEstimate asFreelancer = SalaryEstimator.estimate(MODEL, freelance);

		assertThat(asFreelancer.freelance()).isTrue();
		assertThat(asEmployee.freelance()).isFalse();
		assertThat(asFreelancer.hourly().low()).isGreaterThan(asEmployee.hourly().low());
		assertThat(asFreelancer.salary()).isEqualTo(asEmployee.salary());
	}

	@Test
	void partTimePaysTheFullTimeRateForFewerHours() {
		SalaryChoices fullTime = SalaryCombinations.uniform(MODEL, "entry-annotator", Factor::neutral);
		SalaryChoices partTime = fullTime.withOption("employment", "employment-part-time").withHours(20);

		SalaryEstimate asFullTime = SalaryEstimator.estimate(MODEL, fullTime);
		SalaryEstimate asPartTime = SalaryEstimator.estimate(MODEL, partTime);

		assertThat(asPartTime.freelance()).isFalse();
		assertThat(asPartTime.hourly()).isEqualTo(asFullTime.hourly());
		assertThat(asPartTime.salary()).isEqualTo(asFullTime.salary());
		assertThat(asPartTime.yearAtYourHours().text()).isEqualTo("$19,200–$24,000");
	}

	@Test
	void showsEachFactorsEffectInDollarsAnHour() {
		SalaryChoices choices = SalaryCombinations.uniform(MODEL, "entry-annotator", Factor::neutral)
			.withOption("location", "location-tech-hub");

		SalaryEstimate estimate = SalaryEstimator.estimate(MODEL, choices);

		assertThat(estimate.breakdown()).extracting(line -> line.factor().slug())
			.containsExactlyElementsOf(MODEL.factors().stream().map(Factor::slug).toList());
		SalaryEstimate.Line location = estimate.breakdown().get(2);
		assertThat(location.option().slug()).isEqualTo("location-tech-hub");
		// 5% of the entry band's $15 width
		assertThat(location.hourlyEffect()).isEqualByComparingTo("0.75");
		assertThat(location.hourlyEffectText()).isEqualTo("+$0.75");
		assertThat(location.annualEffectText()).isEqualTo("+$1,000");
	}

	@Test
	void estimatesTheSameSituationAtEveryLevel() {
		SalaryChoices choices = SalaryCombinations.uniform(MODEL, "entry-annotator", Factor::neutral);

		List<SalaryEstimate> levels = SalaryEstimator.estimateAtEveryLevel(MODEL, choices);

		assertThat(levels).extracting(level -> level.band().slug())
			.containsExactly("entry-annotator", "domain-trainer", "senior-expert");
		assertThat(levels).allSatisfy(level -> assertThat(level.choices().options()).isEqualTo(choices.options()));
		assertThat(levels.get(1).hourly().low()).isGreaterThan(levels.get(0).hourly().high());
	}

	/** Other assumptions: the promises hold for any half-width and rounding that fit the bands. */
	static Stream<Arguments> otherAssumptions() {
		return Stream.of(Arguments.of("0.10", "1", "500"), Arguments.of("0.12", "0.5", "100"),
				Arguments.of("0.25", "5", "1000"), Arguments.of("0.35", "1", "2500"), Arguments.of("0.5", "1", "500"));
	}

	@ParameterizedTest
	@MethodSource("otherAssumptions")
	void keepsItsPromisesUnderOtherHalfWidthsAndRoundingSteps(String halfWidth, String hourlyStep, String annualStep) {
		SalaryModel model = SalaryModelFixture.seeded(new SalaryModel.Assumptions(new BigDecimal(halfWidth), 48,
				new BigDecimal(hourlyStep), new BigDecimal(annualStep)));
		List<String> broken = new ArrayList<>();

		for (SalaryChoices choices : SalaryCombinations.all(model)) {
			SalaryEstimate estimate = SalaryEstimator.estimate(model, choices);
			if (!inside(estimate.hourly(), estimate.band().hourly()) || !inside(estimate.salary(), estimate.band().annual())) {
				broken.add("outside the band: " + choices);
			}
			for (Factor factor : model.factors()) {
				SalaryCombinations.oneStepBetter(model, choices, factor.slug()).ifPresent(better -> {
					SalaryEstimate after = SalaryEstimator.estimate(model, better);
					if (after.hourly().low().compareTo(estimate.hourly().low()) < 0
							|| after.hourly().high().compareTo(estimate.hourly().high()) < 0
							|| after.salary().low().compareTo(estimate.salary().low()) < 0
							|| after.salary().high().compareTo(estimate.salary().high()) < 0) {
						broken.add("lower after a better " + factor.slug() + ": " + choices);
					}
				});
			}
		}
		for (Band band : model.bands()) {
			SalaryEstimate neutral = SalaryEstimator.estimate(model, SalaryCombinations.uniform(model, band.slug(), Factor::neutral));
			SalaryEstimate lowest = SalaryEstimator.estimate(model, SalaryCombinations.uniform(model, band.slug(), Factor::lowest));
			SalaryEstimate highest = SalaryEstimator.estimate(model, SalaryCombinations.uniform(model, band.slug(), Factor::highest));
			assertThat(neutral.hourly().middle()).isEqualByComparingTo(band.hourly().middle());
			assertThat(neutral.salary().middle()).isEqualByComparingTo(band.annual().middle());
			assertThat(lowest.hourly().low()).isEqualByComparingTo(band.hourly().min());
			assertThat(lowest.salary().low()).isEqualByComparingTo(band.annual().min());
			assertThat(highest.hourly().high()).isEqualByComparingTo(band.hourly().max());
			assertThat(highest.salary().high()).isEqualByComparingTo(band.annual().max());
		}

		assertThat(broken).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "0.30, 0.20", "-0.30, 0.20", "0.0, 0.5", "0.9, 0.15", "-0.9, 0.15" })
	void holdsTheCentreFarEnoughFromTheEdgesForTheRangeToFit(String totalShift, String halfWidth) {
		Option only = new Option("only", "Only", "", "raises", 1, new BigDecimal(totalShift), new BigDecimal(totalShift), "");
		Option neutral = new Option("neutral", "Neutral", "", "neutral", 0, BigDecimal.ZERO, BigDecimal.ZERO, "");
		Scale scale = new Scale(new BigDecimal("10"), new BigDecimal("20"), false);
		SalaryModel model = new SalaryModel(List.of(new Band("b", "B", "", "USD", scale, scale)),
				List.of(new SalaryModel.Field("f", "F", "general")),
				List.of(new Factor("domain", "Domain", "", List.of(new Option("domain-general", "G", "", "neutral", 1,
						BigDecimal.ZERO, BigDecimal.ZERO, ""))), new Factor("experience", "E", "", List.of(neutral, only))),
				new SalaryModel.Assumptions(new BigDecimal(halfWidth), 48, BigDecimal.ONE, BigDecimal.ONE), List.of(),
				List.of(), List.of());

		SalaryEstimate estimate = SalaryEstimator.estimate(model,
				new SalaryChoices("b", "f", java.util.Map.of("experience", "only"), 40));

		assertInside(estimate.hourly(), scale);
		assertThat(estimate.hourly().high().subtract(estimate.hourly().low()))
			.isGreaterThanOrEqualTo(new BigDecimal(halfWidth).multiply(BigDecimal.TEN).multiply(BigDecimal.valueOf(2)));
		assertThat(estimate.hourlyPlacement().held()).isEqualTo(
				new BigDecimal(totalShift).abs().compareTo(new BigDecimal("0.5").subtract(new BigDecimal(halfWidth))) > 0);
	}

	private static void assertInside(MoneyRange range, Scale scale) {
		assertThat(range.low()).isGreaterThanOrEqualTo(scale.min()).isLessThanOrEqualTo(range.high());
		assertThat(range.high()).isLessThanOrEqualTo(scale.max());
	}

	private static boolean inside(MoneyRange range, Scale scale) {
		return range.low().compareTo(scale.min()) >= 0 && range.high().compareTo(scale.max()) <= 0
				&& range.low().compareTo(range.high()) <= 0;
	}

}
