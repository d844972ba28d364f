package io.trainerpath.salary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.trainerpath.catalog.Money;

import org.springframework.validation.Errors;

/**
 * Everything the estimator needs, as plain values: the guide's bands, fields and factors, the portal's
 * weights and assumptions, the rules for the level a situation fits and the answers that contradict each
 * other. Built from the database by {@link SalaryModels}; tests build it themselves.
 */
public record SalaryModel(List<Band> bands, List<Field> fields, List<Factor> factors, Assumptions assumptions,
		List<LevelRule> levelRules, List<Contradiction> contradictions, List<PlatformAssumption> platformAssumptions) {

	public SalaryModel {
		bands = List.copyOf(bands);
		fields = List.copyOf(fields);
		factors = List.copyOf(factors);
		levelRules = List.copyOf(levelRules);
		contradictions = List.copyOf(contradictions);
		platformAssumptions = List.copyOf(platformAssumptions);
		if (!platformAssumptions.isEmpty() && !platformAssumptions.stream()
			.map(PlatformAssumption::slug)
			.toList()
			.equals(SalaryRequests.PLATFORM_PARAMETERS)) {
			throw new IllegalArgumentException("Platform assumptions must be unpaid, rejected and fee, in that order");
		}
		if (!levelRules.isEmpty() && !levelRules.get(levelRules.size() - 1).conditions().askNothing()) {
			throw new IllegalArgumentException("The last level rule must ask nothing, so every situation fits one");
		}
		Set<String> options = factors.stream()
			.flatMap(factor -> factor.options().stream())
			.map(Option::slug)
			.collect(Collectors.toSet());
		Set<String> bandSlugs = bands.stream().map(Band::slug).collect(Collectors.toSet());
		Stream.concat(levelRules.stream().map(LevelRule::conditions),
				contradictions.stream().map(Contradiction::conditions))
			.flatMap(conditions -> conditions.options().stream())
			.filter(option -> !options.contains(option))
			.findFirst()
			.ifPresent(option -> {
				throw new IllegalArgumentException("A rule asks for the unknown option " + option);
			});
		Stream.concat(levelRules.stream().map(LevelRule::band), contradictions.stream().map(Contradiction::chosenBand))
			.filter(band -> band != null && !bandSlugs.contains(band))
			.findFirst()
			.ifPresent(band -> {
				throw new IllegalArgumentException("A rule names the unknown band " + band);
			});
	}

	/** The same model under other assumptions. */
	public SalaryModel withAssumptions(Assumptions other) {
		return new SalaryModel(bands, fields, factors, other, levelRules, contradictions, platformAssumptions);
	}

	/** The figures assumed for platform work where a person leaves one out; none without assumptions. */
	public PlatformCosts platformDefaults() {
		if (platformAssumptions.isEmpty()) {
			return PlatformCosts.NOTHING_UNPAID;
		}
		return new PlatformCosts(platformAssumptions.get(0).value(), platformAssumptions.get(1).value(),
				platformAssumptions.get(2).value());
	}

	/**
	 * Whether the weights can reach both edges of every band: every factor at its lowest must shift the
	 * centre down by at least 0.5 minus the half-width, every factor at its highest up by as much. Without
	 * this the least and most favourable situations would stop short of the guide's figures.
	 */
	public boolean reachesBandEdges() {
		BigDecimal needed = new BigDecimal("0.5").subtract(assumptions.halfWidth());
		BigDecimal lowestHourly = BigDecimal.ZERO;
		BigDecimal lowestAnnual = BigDecimal.ZERO;
		BigDecimal highestHourly = BigDecimal.ZERO;
		BigDecimal highestAnnual = BigDecimal.ZERO;
		for (Factor factor : factors) {
			lowestHourly = lowestHourly.add(factor.options().stream().map(Option::hourlyShift).reduce(BigDecimal::min).orElseThrow());
			lowestAnnual = lowestAnnual.add(factor.options().stream().map(Option::annualShift).reduce(BigDecimal::min).orElseThrow());
			highestHourly = highestHourly.add(factor.options().stream().map(Option::hourlyShift).reduce(BigDecimal::max).orElseThrow());
			highestAnnual = highestAnnual.add(factor.options().stream().map(Option::annualShift).reduce(BigDecimal::max).orElseThrow());
		}
		return lowestHourly.negate().compareTo(needed) >= 0 && lowestAnnual.negate().compareTo(needed) >= 0
				&& highestHourly.compareTo(needed) >= 0 && highestAnnual.compareTo(needed) >= 0;
	}

	/**
	 * Checks a form's codes against the model, the one place that knows them: a level and a field that
	 * exist, for each factor with a question an option it has, and an annotation answer, if there is one,
	 * that is one of the known ones. A field already in error is left be.
	 */
	void check(SalaryForm form, Errors errors) {
		if (!errors.hasFieldErrors(SalaryRequests.BAND) && !SalaryChoices.SUGGEST_LEVEL.equals(form.getBand())
				&& band(form.getBand()).isEmpty()) {
			errors.rejectValue(SalaryRequests.BAND, "salary.error.band.unknown");
		}
		if (!errors.hasFieldErrors(SalaryRequests.DOMAIN) && field(form.getDomain()).isEmpty()) {
			errors.rejectValue(SalaryRequests.DOMAIN, "salary.error.domain.unknown");
		}
		if (!errors.hasFieldErrors(SalaryRequests.ANNOTATION) && !form.getAnnotation().isBlank()
				&& AnnotationExperience.of(form.getAnnotation()).isEmpty()) {
			errors.rejectValue(SalaryRequests.ANNOTATION, "salary.error.annotation.unknown");
		}
		for (String factor : SalaryRequests.factorParameters(this)) {
			String path = SalaryForm.optionPath(factor);
			String chosen = form.option(factor);
			if (errors.hasFieldErrors(path)) {
				continue;
			}
			if (chosen.isBlank()) {
				errors.rejectValue(path, "salary.error." + factor + ".missing");
			}
			else if (factor(factor).flatMap(f -> f.option(chosen)).isEmpty()) {
				errors.rejectValue(path, "salary.error." + factor + ".unknown");
			}
		}
	}

	public Optional<Band> band(String slug) {
		return bands.stream().filter(band -> band.slug().equals(slug)).findFirst();
	}

	public Optional<Field> field(String slug) {
		return fields.stream().filter(field -> field.slug().equals(slug)).findFirst();
	}

	public Optional<Factor> factor(String slug) {
		return factors.stream().filter(factor -> factor.slug().equals(slug)).findFirst();
	}

	/** The option a situation has for a factor: its own answer, or for the domain factor the field's tier. */
	public String chosenOption(SalaryChoices choices, Factor factor) {
		if (SalaryChoices.DOMAIN_FACTOR.equals(factor.slug())) {
			return field(choices.field())
				.orElseThrow(() -> new IllegalArgumentException("Unknown field " + choices.field()))
				.domainOption();
		}
		return choices.option(factor.slug());
	}

	/** One of the guide's pay bands, with its hourly and its yearly range. */
	public record Band(String slug, String name, String summary, String currency, Scale hourly, Scale annual) {

		/** "$15–$30" or "$80–$150+". */
		public String hourlyText() {
			return hourly.text(currency);
		}

		/** "$30,000–$50,000" or "$100,000–$180,000+". */
		public String annualText() {
			return annual.text(currency);
		}

	}

	/** A band's range in one unit; open-ended means the guide puts no ceiling on it. */
	public record Scale(BigDecimal min, BigDecimal max, boolean openEnded) {

		public Scale {
			if (min.compareTo(max) >= 0) {
				throw new IllegalArgumentException("A band's minimum must be below its maximum");
			}
		}

		public BigDecimal width() {
			return max.subtract(min);
		}

		String text(String currency) {
			return Money.format(min, currency) + "–" + Money.format(max, currency) + (openEnded ? "+" : "");
		}

		public BigDecimal middle() {
			return min.add(max).divide(BigDecimal.valueOf(2));
		}

	}

	/** A field of work; its tier picks the option of the domain factor. */
	public record Field(String slug, String name, String tier) {

		public String domainOption() {
			return SalaryChoices.DOMAIN_FACTOR + "-" + tier;
		}

	}

	/** A pay factor with its options, least favourable first. */
	public record Factor(String slug, String name, String guideSays, List<Option> options) {

		public Factor {
			options = List.copyOf(options);
		}

		public Optional<Option> option(String slug) {
			return options.stream().filter(option -> option.slug().equals(slug)).findFirst();
		}

		public Option neutral() {
			return options.stream()
				.filter(option -> option.shifts(BigDecimal.ZERO))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Factor " + slug + " has no neutral option"));
		}

		public Option lowest() {
			return options.get(0);
		}

		public Option highest() {
			return options.get(options.size() - 1);
		}

	}

	/**
	 * A choice within a factor. The effect (raises, neutral, lowers) is the guide's; the shifts are the
	 * portal's: fractions of a band's width by which the option moves the hourly rate and the salary,
	 * with the reason for their size.
	 */
	public record Option(String slug, String label, String description, String effect, int position,
			BigDecimal hourlyShift, BigDecimal annualShift, String reason) {

		/** A shift as a share of the band: "+10%", "0%", "−5%". */
		public String hourlyShiftText() {
			return percent(hourlyShift);
		}

		public String annualShiftText() {
			return percent(annualShift);
		}

		private static String percent(BigDecimal shift) {
			String number = shift.abs().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
			return switch (shift.signum()) {
				case 1 -> "+" + number;
				case -1 -> "−" + number;
				default -> "0%";
			};
		}

		boolean shifts(BigDecimal amount) {
			return hourlyShift.compareTo(amount) == 0 && annualShift.compareTo(amount) == 0;
		}

	}

	/**
	 * One of the portal's assumptions for platform and gig work (unpaid, rejected or fee), with the reason
	 * for its size. The guide gives no such figures; these stand in where a person gives none.
	 */
	public record PlatformAssumption(String slug, int value, String reason) {
	}

	/**
	 * The portal's assumptions: the range's half-width as a share of the band, the working weeks in a
	 * year, and the steps hourly and yearly figures are rounded to.
	 */
	public record Assumptions(BigDecimal halfWidth, int workingWeeksPerYear, BigDecimal hourlyStep,
			BigDecimal annualStep) {

		public Assumptions {
			if (halfWidth.signum() <= 0 || halfWidth.compareTo(new BigDecimal("0.5")) > 0) {
				throw new IllegalArgumentException("The half-width must be above 0 and at most 0.5");
			}
			if (workingWeeksPerYear < 1 || workingWeeksPerYear > 52) {
				throw new IllegalArgumentException("Working weeks per year must be between 1 and 52");
			}
			if (hourlyStep.signum() <= 0 || annualStep.signum() <= 0) {
				throw new IllegalArgumentException("Rounding steps must be positive");
			}
		}

	}

}
