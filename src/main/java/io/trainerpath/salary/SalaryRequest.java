package io.trainerpath.salary;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.trainerpath.salary.SalaryModel.Factor;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.MultiValueMap;

/**
 * Reads the estimator's query parameters (the salary URL contract: band, domain, one parameter per
 * factor, hours) and checks each against the model. Problems carry message codes, never the input.
 */
final class SalaryRequest {

	static final String BAND = "band";

	static final String DOMAIN = "domain";

	static final String HOURS = "hours";

	static final String REPEATED = "salary.error.repeated";

	/** Longest text kept for showing back in the hours box; anything longer is wrong anyway. */
	private static final int MAX_ECHO = 12;

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d*[.,]\\d*");

	private SalaryRequest() {
	}

	/** A problem with one parameter, as a message code (and the parameter's label code for repeats). */
	record Problem(String parameter, String code) {

		/** Only the message for a repeated parameter takes an argument: the parameter's label. */
		Object[] arguments() {
			return code.equals(REPEATED) ? new Object[] { new DefaultMessageSourceResolvable(labelCode()) }
					: new Object[0];
		}

		String labelCode() {
			return "salary.form." + parameter + ".label";
		}

	}

	/** The form to show back, the problems found, and the choices when there are none. */
	record Parsed(SalaryForm form, List<Problem> problems, SalaryChoices choices) {

		boolean valid() {
			return problems.isEmpty();
		}

	}

	/** The parameter names in the order the form asks for them. */
	static List<String> parameters(SalaryModel model) {
		List<String> names = new ArrayList<>(List.of(BAND, DOMAIN));
		names.addAll(factorParameters(model));
		names.add(HOURS);
		return names;
	}

	/** Every parameter is required: the form always sends them all. */
	static Parsed parse(MultiValueMap<String, String> params, SalaryModel model) {
		SalaryForm form = new SalaryForm();
		List<Problem> problems = new ArrayList<>();

		String band = single(params, BAND, problems);
		if (band != null) {
			form.setBand(band);
			check(band, model.band(band).isPresent(), BAND, problems);
		}
		String domain = single(params, DOMAIN, problems);
		if (domain != null) {
			form.setDomain(domain);
			check(domain, model.field(domain).isPresent(), DOMAIN, problems);
		}
		Map<String, String> options = new LinkedHashMap<>();
		for (String factor : factorParameters(model)) {
			String option = single(params, factor, problems);
			if (option != null) {
				form.setOption(factor, option);
				boolean known = model.factor(factor).flatMap(f -> f.option(option)).isPresent();
				if (check(option, known, factor, problems)) {
					options.put(factor, option);
				}
			}
		}
		Integer hours = null;
		String hoursText = single(params, HOURS, problems);
		if (hoursText != null) {
			form.setHours(hoursText.length() > MAX_ECHO ? hoursText.substring(0, MAX_ECHO) : hoursText);
			hours = hours(hoursText.strip(), problems);
		}

		SalaryChoices choices = problems.isEmpty() ? new SalaryChoices(band, domain, options, hours) : null;
		return new Parsed(form, List.copyOf(problems), choices);
	}

	/** For the form's first showing: keeps what is valid, fills the rest with neutral options and 40 hours. */
	static SalaryForm prefill(MultiValueMap<String, String> params, SalaryModel model) {
		SalaryForm form = new SalaryForm();
		String band = params.getFirst(BAND);
		if (band != null && model.band(band).isPresent()) {
			form.setBand(band);
		}
		String domain = params.getFirst(DOMAIN);
		if (domain != null && model.field(domain).isPresent()) {
			form.setDomain(domain);
		}
		for (String factor : factorParameters(model)) {
			Factor f = model.factor(factor).orElseThrow();
			String option = params.getFirst(factor);
			form.setOption(factor, option != null && f.option(option).isPresent() ? option : f.neutral().slug());
		}
		String hours = params.getFirst(HOURS);
		if (hours != null && hours(hours.strip(), new ArrayList<>()) != null) {
			form.setHours(hours.strip());
		}
		return form;
	}

	/** The factors that have their own parameter; the domain factor follows from the chosen field. */
	static List<String> factorParameters(SalaryModel model) {
		return model.factors()
			.stream()
			.map(Factor::slug)
			.filter(slug -> !SalaryChoices.DOMAIN_FACTOR.equals(slug))
			.toList();
	}

	private static String single(MultiValueMap<String, String> params, String name, List<Problem> problems) {
		List<String> values = params.get(name);
		if (values == null || values.isEmpty() || values.get(0).isBlank()) {
			problems.add(new Problem(name, "salary.error." + name + ".missing"));
			return null;
		}
		if (values.size() > 1) {
			problems.add(new Problem(name, REPEATED));
			return null;
		}
		return values.get(0);
	}

	private static boolean check(String value, boolean known, String name, List<Problem> problems) {
		if (!known) {
			problems.add(new Problem(name, "salary.error." + name + ".unknown"));
		}
		return known;
	}

	private static Integer hours(String text, List<Problem> problems) {
		if (WHOLE.matcher(text).matches()) {
			// a long run of digits is out of range whatever it says; no need to read it all
			BigInteger value = text.length() > 9 ? BigInteger.TEN.pow(9) : new BigInteger(text);
			if (value.compareTo(BigInteger.valueOf(SalaryChoices.MIN_HOURS)) >= 0
					&& value.compareTo(BigInteger.valueOf(SalaryChoices.MAX_HOURS)) <= 0) {
				return value.intValue();
			}
			problems.add(new Problem(HOURS, "salary.error.hours.range"));
		}
		else if (DECIMAL.matcher(text).matches() && text.chars().anyMatch(Character::isDigit)) {
			problems.add(new Problem(HOURS, "salary.error.hours.decimal"));
		}
		else {
			problems.add(new Problem(HOURS, "salary.error.hours.notNumber"));
		}
		return null;
	}

}
