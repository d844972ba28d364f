package io.trainerpath.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.trainerpath.salary.SalaryEstimate.Line;
import io.trainerpath.salary.SalaryEstimate.Placement;
import io.trainerpath.salary.SalaryModel.Band;
import io.trainerpath.salary.SalaryModel.Factor;
import io.trainerpath.salary.SalaryModel.Option;
import io.trainerpath.salary.SalaryModel.Scale;

/**
 * Places a situation inside its pay band. The range's centre starts in the middle of the band (0.5)
 * and each chosen option shifts it by its weight, a share of the band's width. The centre is then held
 * at least a half-width away from either edge, so the range (centre ± half-width) always fits in the
 * band: the least favourable situation starts exactly at the band's minimum and the most favourable
 * ends exactly at its maximum. Low ends are rounded down and high ends up, to whole steps, which keeps
 * every figure inside the band and the neutral range centred on the band's middle.
 */
public final class SalaryEstimator {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private SalaryEstimator() {
	}

	public static SalaryEstimate estimate(SalaryModel model, SalaryChoices choices) {
		Band band = model.band(choices.band())
			.orElseThrow(() -> new IllegalArgumentException("Unknown band " + choices.band()));
		List<Option> chosen = chosenOptions(model, choices);
		BigDecimal halfWidth = model.assumptions().halfWidth();

		Placement hourlyPlacement = place(chosen.stream().map(Option::hourlyShift).reduce(BigDecimal.ZERO, BigDecimal::add),
				halfWidth);
		Placement annualPlacement = place(chosen.stream().map(Option::annualShift).reduce(BigDecimal.ZERO, BigDecimal::add),
				halfWidth);
		MoneyRange hourly = range(band.hourly(), hourlyPlacement, model.assumptions().hourlyStep(), band.currency());
		MoneyRange salary = range(band.annual(), annualPlacement, model.assumptions().annualStep(), band.currency());
		MoneyRange year = yearAt(hourly, choices.hours(), model.assumptions().workingWeeksPerYear());
		MoneyRange month = monthOf(year);

		List<Line> breakdown = new ArrayList<>();
		for (int i = 0; i < model.factors().size(); i++) {
			Option option = chosen.get(i);
			breakdown.add(new Line(model.factors().get(i), option, money(option.hourlyShift(), band.hourly()),
					money(option.annualShift(), band.annual()), band.currency()));
		}
		EffectiveRate effective = choices.platformWork()
				? effectiveRate(hourly, choices.platform(), model.platformDefaults(), choices.hours(), model.assumptions())
				: null;
		return new SalaryEstimate(choices, band, hourly, salary, year, month, model.assumptions().workingWeeksPerYear(),
				hourlyPlacement, annualPlacement, breakdown, effective);
	}

	/** The same situation at every band, in the bands' order. */
	public static List<SalaryEstimate> estimateAtEveryLevel(SalaryModel model, SalaryChoices choices) {
		return model.bands().stream().map(band -> estimate(model, choices.atBand(band.slug()))).toList();
	}

	/** What an hourly range comes to over a year: rate × hours a week × working weeks. */
	static MoneyRange yearAt(MoneyRange hourly, int hours, int weeks) {
		BigDecimal perRateDollar = BigDecimal.valueOf((long) hours * weeks);
		return new MoneyRange(hourly.low().multiply(perRateDollar), hourly.high().multiply(perRateDollar),
				hourly.openTop(), hourly.currency());
	}

	/**
	 * The advertised hourly range times the share a person keeps ({@link PlatformCosts#keptShare()}),
	 * each end rounded to the nearest step; the year and month follow from it at the person's hours. The
	 * advertised ends are whole steps and the share is at most 1, so neither end can rise above them, and
	 * rounding to the nearest keeps the top from overstating what is kept.
	 */
	static EffectiveRate effectiveRate(MoneyRange advertised, PlatformAnswers answers, PlatformCosts assumed, int hours,
			SalaryModel.Assumptions assumptions) {
		PlatformCosts costs = answers.or(assumed);
		BigDecimal share = costs.keptShare();
		BigDecimal step = assumptions.hourlyStep();
		MoneyRange effective = new MoneyRange(roundToStep(advertised.low().multiply(share), step, RoundingMode.HALF_UP),
				roundToStep(advertised.high().multiply(share), step, RoundingMode.HALF_UP), advertised.openTop(),
				advertised.currency());
		MoneyRange year = yearAt(effective, hours, assumptions.workingWeeksPerYear());
		return new EffectiveRate(advertised, effective, year, monthOf(year), costs, answers);
	}

	/** A twelfth of a yearly range, rounded outwards to whole units so it never claims more precision. */
	static MoneyRange monthOf(MoneyRange year) {
		BigDecimal twelve = BigDecimal.valueOf(12);
		return new MoneyRange(year.low().divide(twelve, 0, RoundingMode.FLOOR),
				year.high().divide(twelve, 0, RoundingMode.CEILING), year.openTop(), year.currency());
	}

	/** An amount of money that a share of the band's width is worth, to the cent. */
	static BigDecimal money(BigDecimal share, Scale scale) {
		return share.multiply(scale.width()).setScale(2, RoundingMode.HALF_EVEN);
	}

	private static List<Option> chosenOptions(SalaryModel model, SalaryChoices choices) {
		List<Option> chosen = new ArrayList<>();
		for (Factor factor : model.factors()) {
			String slug = model.chosenOption(choices, factor);
			chosen.add(factor.option(slug)
				.orElseThrow(() -> new IllegalArgumentException("No option " + slug + " for factor " + factor.slug())));
		}
		return chosen;
	}

	private static Placement place(BigDecimal totalShift, BigDecimal halfWidth) {
		BigDecimal wanted = HALF.add(totalShift);
		BigDecimal lowest = halfWidth;
		BigDecimal highest = BigDecimal.ONE.subtract(halfWidth);
		BigDecimal centre = wanted.max(lowest).min(highest);
		return new Placement(wanted, centre, halfWidth);
	}

	private static MoneyRange range(Scale scale, Placement placement, BigDecimal step, String currency) {
		BigDecimal low = scale.min().add(placement.low().multiply(scale.width()));
		BigDecimal high = scale.min().add(placement.high().multiply(scale.width()));
		BigDecimal roundedLow = roundToStep(low, step, RoundingMode.FLOOR).max(scale.min());
		BigDecimal roundedHigh = roundToStep(high, step, RoundingMode.CEILING).min(scale.max());
		boolean openTop = scale.openEnded() && roundedHigh.compareTo(scale.max()) == 0;
		return new MoneyRange(roundedLow, roundedHigh, openTop, currency);
	}

	private static BigDecimal roundToStep(BigDecimal amount, BigDecimal step, RoundingMode mode) {
		return amount.divide(step, 0, mode).multiply(step);
	}

}
