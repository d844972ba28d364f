package io.trainerpath.salary;

import java.util.LinkedHashMap;
import java.util.Map;

import io.trainerpath.catalog.WeeklyHours;

/**
 * A person's situation, already checked against the model: a band, a field, one option per factor
 * (the field's tier chooses the domain option), hours per week and, when they said, how much
 * annotation work they have done ({@code null} when unknown) and what platform work costs them.
 */
public record SalaryChoices(String band, String field, Map<String, String> options, int hours,
		AnnotationExperience annotation, PlatformAnswers platform) {

	static final String DOMAIN_FACTOR = "domain";

	static final String FREELANCE = "employment-freelance";

	static final String CROWD_WORK = "company-crowdsourcing";

	/** The level's answer for "Not sure: suggest one", which leaves the level to {@link LevelAdvisor}. */
	public static final String SUGGEST_LEVEL = "suggest";

	public SalaryChoices {
		if (!WeeklyHours.isValid(hours)) {
			throw new IllegalArgumentException("Hours per week out of range: " + hours);
		}
		options = Map.copyOf(options);
		platform = platform == null ? PlatformAnswers.NONE : platform;
	}

	/** A situation without the optional answers, as the first edition's addresses describe it. */
	public SalaryChoices(String band, String field, Map<String, String> options, int hours) {
		this(band, field, options, hours, null, PlatformAnswers.NONE);
	}

	/**
	 * Freelance or crowd work, or any platform figure given: work where unpaid time and fees cut the
	 * advertised rate, so the results show the real one beside it.
	 */
	public boolean platformWork() {
		return FREELANCE.equals(option("employment")) || CROWD_WORK.equals(option("company")) || platform.anyGiven();
	}

	public boolean levelUnsure() {
		return SUGGEST_LEVEL.equals(band);
	}

	public String option(String factor) {
		return options.get(factor);
	}

	public SalaryChoices atBand(String otherBand) {
		return new SalaryChoices(otherBand, field, options, hours, annotation, platform);
	}

	public SalaryChoices withOption(String factor, String option) {
		Map<String, String> changed = new LinkedHashMap<>(options);
		changed.put(factor, option);
		return new SalaryChoices(band, field, changed, hours, annotation, platform);
	}

	public SalaryChoices withHours(int otherHours) {
		return new SalaryChoices(band, field, options, otherHours, annotation, platform);
	}

	public SalaryChoices withAnnotation(AnnotationExperience otherAnnotation) {
		return new SalaryChoices(band, field, options, hours, otherAnnotation, platform);
	}

	public SalaryChoices withPlatform(PlatformAnswers otherPlatform) {
		return new SalaryChoices(band, field, options, hours, annotation, otherPlatform);
	}

}
