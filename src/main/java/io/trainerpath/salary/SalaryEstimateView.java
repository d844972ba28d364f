package io.trainerpath.salary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trainerpath.catalog.ContentSource;
import io.trainerpath.salary.SalaryApiController.BandView;

/**
 * An estimate as the API gives it. Records, so the OpenAPI document describes every field; the values
 * fields such as {@code band} may take are added from the database by {@link SalaryApiDocumentation}.
 */
@Schema(name = "SalaryEstimate", description = "An estimate for one situation, with the reasons behind it")
record SalaryEstimateView(
		@Schema(description = "The level the figures are for: the one asked for, or the suggested one when band=suggest") String band,
		@Schema(description = "The level as asked: a band's slug, or suggest") String levelAsked,
		BandView bandDetails, String field, String employment,
		@Schema(description = "The hourly range at this level") Range hourly,
		@Schema(description = "The guide's full-time yearly salary range at this level, for comparison") Range salary,
		@Schema(description = "The hourly range times the hours a week times the working weeks") Range yearAtYourHours,
		@Schema(description = "What the person would earn at the hours they gave: per hour, month and year") AtYourHours atYourHours,
		Conversion conversion,
		@Schema(description = "Where the range's centre sits in the band, from 0 (its minimum) to 1 (its maximum)") BigDecimal position,
		boolean heldAtBandEdge, List<BreakdownLine> breakdown, List<Level> atEveryLevel,
		@Schema(description = "The level the answers other than the level fit, and whether it is the one asked for") LevelView level,
		@Schema(description = "Answers that pull against each other, in words for the person") List<ContradictionView> contradictions,
		@Schema(description = "For freelance and crowd work, or when a platform figure is given: the real hourly rate; "
				+ "null otherwise", nullable = true) EffectiveRateView effectiveRate,
		Sources sources) {

	static SalaryEstimateView of(SalaryChoices asked, LevelAdvice advice, SalaryEstimate estimate,
			List<SalaryEstimate> levels, SalaryModel model, ContentSource source, String statement) {
		int hours = estimate.hours();
		int weeks = estimate.workingWeeksPerYear();
		List<Level> atEveryLevel = levels.stream().map(level -> Level.of(level, model)).toList();
		Level suggested = atEveryLevel.stream()
			.filter(level -> level.band().equals(advice.suggested().slug()))
			.findFirst()
			.orElseThrow();
		return new SalaryEstimateView(estimate.band().slug(), asked.band(), BandView.of(estimate.band()),
				estimate.choices().field(), estimate.choices().option("employment"), Range.of(estimate.hourly()),
				Range.of(estimate.salary()), Range.of(estimate.yearAtYourHours()), AtYourHours.of(estimate),
				new Conversion(hours, weeks, "hourly rate × " + hours + " hours a week × " + weeks + " weeks"),
				estimate.hourlyPlacement().centre(), estimate.hourlyPlacement().held(),
				estimate.breakdown().stream().map(BreakdownLine::of).toList(), atEveryLevel,
				new LevelView(advice.unsure() ? null : advice.chosen().slug(), advice.suggested().slug(),
						advice.suggested().name(), advice.agrees(), advice.rule().slug(), advice.rule().reason(),
						suggested),
				advice.contradictions()
					.stream()
					.map(contradiction -> new ContradictionView(contradiction.slug(), contradiction.message()))
					.toList(),
				estimate.effectiveRate() == null ? null : EffectiveRateView.of(estimate.effectiveRate()),
				new Sources(statement, source.getTitle(), source.getUpdatedOn(), "/salary/method"));
	}

	@Schema(name = "MoneyRange", description = "A low–high amount; an open top means it can be higher")
	record Range(BigDecimal low, BigDecimal high, boolean openTop, String text) {

		static Range of(MoneyRange range) {
			return new Range(range.low(), range.high(), range.openTop(), range.text());
		}

	}

	@Schema(name = "SalaryAtYourHours", description = "What the person would earn at the hours they gave")
	record AtYourHours(int hoursPerWeek, Range perHour, Range perMonth, Range perYear,
			@Schema(description = "The guide's full-time salary at this level, to compare with") Range fullTimeSalary) {

		static AtYourHours of(SalaryEstimate estimate) {
			return new AtYourHours(estimate.hours(), Range.of(estimate.hourly()), Range.of(estimate.monthAtYourHours()),
					Range.of(estimate.yearAtYourHours()), Range.of(estimate.salary()));
		}

	}

	@Schema(name = "SalaryBreakdownLine")
	record BreakdownLine(String factor, String option, String label, String guideEffect, BigDecimal hourlyShift,
			BigDecimal hourlyEffect, BigDecimal annualShift, BigDecimal annualEffect) {

		static BreakdownLine of(SalaryEstimate.Line line) {
			return new BreakdownLine(line.factor().slug(), line.option().slug(), line.option().label(),
					line.option().effect(), line.option().hourlyShift(), line.hourlyEffect(), line.option().annualShift(),
					line.annualEffect());
		}

	}

	@Schema(name = "SalaryAtLevel", description = "The same answers at one level, with the address of that estimate")
	record Level(String band, Range hourly, Range salary, Range yearAtYourHours, String estimate) {

		static Level of(SalaryEstimate level, SalaryModel model) {
			return new Level(level.band().slug(), Range.of(level.hourly()), Range.of(level.salary()),
					Range.of(level.yearAtYourHours()),
					"/api/v1/salary-estimate?" + SalaryLinks.query(model, level.choices()));
		}

	}

	@Schema(name = "SalaryLevelAdvice", description = "The level the answers fit, by the rules listed at /salary/method#levels")
	record LevelView(@Schema(description = "The level asked for; null when band=suggest", nullable = true) String chosen,
			String suggested, String suggestedName,
			@Schema(description = "True when the level asked for is the suggested one, or none was asked for") boolean agrees,
			@Schema(description = "The rule that gave the suggestion") String rule, String reason,
			@Schema(description = "The same answers at the suggested level") Level suggestedEstimate) {
	}

	@Schema(name = "SalaryContradiction")
	record ContradictionView(String slug, String message) {
	}

	@Schema(name = "SalaryEffectiveRate",
			description = "The advertised hourly rate beside the real one per hour worked, after unpaid time, rejected "
					+ "work and fees; figures marked assumed are the portal's assumptions, not the guide's")
	record EffectiveRateView(Range advertised, Range effective, Range yearAtYourHours, Range monthAtYourHours,
			Figure unpaidMinutesPerPaidHour, Figure rejectedPercent, Figure feePercent) {

		static EffectiveRateView of(EffectiveRate rate) {
			PlatformCosts costs = rate.costs();
			return new EffectiveRateView(Range.of(rate.advertised()), Range.of(rate.effective()),
					Range.of(rate.yearAtYourHours()), Range.of(rate.monthAtYourHours()),
					new Figure(costs.unpaidMinutes(), rate.unpaidAssumed()),
					new Figure(costs.rejectedPercent(), rate.rejectedAssumed()),
					new Figure(costs.feePercent(), rate.feeAssumed()));
		}

	}

	@Schema(name = "SalaryPlatformFigure", description = "A figure used for the real rate, and whether it is assumed")
	record Figure(int value, @Schema(description = "True when the portal assumed it because none was given") boolean assumed) {
	}

	@Schema(name = "SalaryConversion")
	record Conversion(int hoursPerWeek, int workingWeeksPerYear, String formula) {
	}

	@Schema(name = "SalarySources")
	record Sources(String statement, String title, LocalDate updatedOn, String method) {
	}

}
