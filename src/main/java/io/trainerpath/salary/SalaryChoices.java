package io.trainerpath.salary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's situation, already checked against the model: a band, a field, one option per factor
 * (the field's tier chooses the domain option) and hours per week.
 */
public record SalaryChoices(String band, String field, Map<String, String> options, int hours) {

	static final String DOMAIN_FACTOR = "domain";

	public static final int MIN_HOURS = 1;

	public static final int MAX_HOURS = 80;

	public static final int DEFAULT_HOURS = 40;

	public SalaryChoices {
		if (hours < MIN_HOURS || hours > MAX_HOURS) {
			throw new IllegalArgumentException("Hours per week must be between 1 and 80");
		}
		options = Map.copyOf(options);
	}

	public String option(String factor) {
		return options.get(factor);
	}

	public SalaryChoices atBand(String otherBand) {
		return new SalaryChoices(otherBand, field, options, hours);
	}

	public SalaryChoices withOption(String factor, String option) {
		Map<String, String> changed = new LinkedHashMap<>(options);
		changed.put(factor, option);
		return new SalaryChoices(band, field, changed, hours);
	}

	public SalaryChoices withHours(int otherHours) {
		return new SalaryChoices(band, field, options, otherHours);
	}

}
