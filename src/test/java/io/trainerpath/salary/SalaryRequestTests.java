package io.trainerpath.salary;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class SalaryRequestTests {

	static final SalaryModel MODEL = SalaryModelFixture.seeded();

	static MultiValueMap<String, String> valid() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("band", "domain-trainer");
		params.add("domain", "law");
		params.add("experience", "experience-seasoned");
		params.add("location", "location-tech-hub");
		params.add("employment", "employment-freelance");
		params.add("company", "company-startup");
		params.add("complexity", "complexity-expert");
		params.add("hours", "25");
		return params;
	}

	@Test
	void readsEveryParameterOfTheSalaryUrlContract() {
		SalaryRequest.Parsed parsed = SalaryRequest.parse(valid(), MODEL);

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.choices().band()).isEqualTo("domain-trainer");
		assertThat(parsed.choices().field()).isEqualTo("law");
		assertThat(parsed.choices().options()).containsEntry("experience", "experience-seasoned")
			.containsEntry("location", "location-tech-hub")
			.containsEntry("employment", "employment-freelance")
			.containsEntry("company", "company-startup")
			.containsEntry("complexity", "complexity-expert")
			.hasSize(5);
		assertThat(parsed.choices().hours()).isEqualTo(25);
	}

	@ParameterizedTest
	@ValueSource(strings = { "band", "domain", "experience", "location", "employment", "company", "complexity", "hours" })
	void reportsAMissingParameterAgainstItsField(String name) {
		MultiValueMap<String, String> params = valid();
		params.remove(name);

		SalaryRequest.Parsed parsed = SalaryRequest.parse(params, MODEL);

		assertThat(parsed.valid()).isFalse();
		assertThat(parsed.choices()).isNull();
		assertThat(parsed.problems()).containsExactly(new SalaryRequest.Problem(name, "salary.error." + name + ".missing"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "band", "domain", "experience", "location", "employment", "company", "complexity", "hours" })
	void reportsAnEmptyParameterAsMissing(String name) {
		MultiValueMap<String, String> params = valid();
		params.set(name, "  ");

		assertThat(SalaryRequest.parse(params, MODEL).problems())
			.containsExactly(new SalaryRequest.Problem(name, "salary.error." + name + ".missing"));
	}

	@ParameterizedTest
	@CsvSource({ "band, junior", "domain, astrology", "experience, location-tech-hub", "location, <script>",
			"employment, EMPLOYMENT-FREELANCE", "company, 'company-large-tech '", "complexity, complexity-medium" })
	void reportsAnUnknownCodeAgainstItsField(String name, String value) {
		MultiValueMap<String, String> params = valid();
		params.set(name, value);

		assertThat(SalaryRequest.parse(params, MODEL).problems())
			.containsExactly(new SalaryRequest.Problem(name, "salary.error." + name + ".unknown"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "band", "domain", "experience", "hours" })
	void refusesARepeatedParameterEvenWithTheSameValue(String name) {
		MultiValueMap<String, String> params = valid();
		params.add(name, params.getFirst(name));

		assertThat(SalaryRequest.parse(params, MODEL).problems())
			.containsExactly(new SalaryRequest.Problem(name, SalaryRequest.REPEATED));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "0|range", "-5|range", "81|range", "1000|range",
			"99999999999999999999999999|range", "abc|notNumber", "40 hours|notNumber", "4e1|notNumber",
			"4.5|decimal", "40,5|decimal", "40.|decimal", ".5|decimal", "NaN|notNumber", "--4|notNumber" })
	void explainsWhatIsWrongWithTheHours(String hours, String problem) {
		MultiValueMap<String, String> params = valid();
		params.set("hours", hours);

		assertThat(SalaryRequest.parse(params, MODEL).problems())
			.containsExactly(new SalaryRequest.Problem("hours", "salary.error.hours." + problem));
	}

	@ParameterizedTest
	@CsvSource({ "1, 1", "80, 80", " 40 , 40", "+12, 12", "007, 7" })
	void acceptsWholeHoursFromOneToEighty(String hours, int expected) {
		MultiValueMap<String, String> params = valid();
		params.set("hours", hours);

		assertThat(SalaryRequest.parse(params, MODEL).choices().hours()).isEqualTo(expected);
	}

	@Test
	void showsBackOnlyTheStartOfAHugeValue() {
		MultiValueMap<String, String> params = valid();
		params.set("hours", "9".repeat(100_000));

		SalaryRequest.Parsed parsed = SalaryRequest.parse(params, MODEL);

		assertThat(parsed.problems()).extracting(SalaryRequest.Problem::code).containsExactly("salary.error.hours.range");
		assertThat(parsed.form().getHours()).hasSizeLessThanOrEqualTo(12);
	}

	@Test
	void prefillsTheFormWithNeutralAnswersAndFortyHours() {
		SalaryForm form = SalaryRequest.prefill(new LinkedMultiValueMap<>(), MODEL);

		assertThat(form.getBand()).isEmpty();
		assertThat(form.getDomain()).isEmpty();
		assertThat(List.of(form.getExperience(), form.getLocation(), form.getEmployment(), form.getCompany(),
				form.getComplexity()))
			.containsExactly("experience-some", "location-other-city", "employment-employee", "company-smaller",
					"complexity-analytical");
		assertThat(form.getHours()).isEqualTo("40");
	}

	@Test
	void prefillsTheFormFromValidParametersAndIgnoresTheRest() {
		MultiValueMap<String, String> params = valid();
		params.set("experience", "nonsense");
		params.set("hours", "500");

		SalaryForm form = SalaryRequest.prefill(params, MODEL);

		assertThat(form.getBand()).isEqualTo("domain-trainer");
		assertThat(form.getDomain()).isEqualTo("law");
		assertThat(form.getLocation()).isEqualTo("location-tech-hub");
		assertThat(form.getExperience()).isEqualTo("experience-some");
		assertThat(form.getHours()).isEqualTo("40");
	}

}
