package io.trainerpath.salary;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/** The salary URL contract read into a form, with each mistake in the words the visitor will see. */
class SalaryRequestsTests {

	static final SalaryModel MODEL = SalaryModelFixture.seeded();

	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static final SalaryRequests REQUESTS;

	static {
		MESSAGES.setBasenames("messages/messages", "messages/salary");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(MESSAGES);
		validator.afterPropertiesSet();
		REQUESTS = new SalaryRequests(validator);
	}

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
		BindingResult read = REQUESTS.read(valid(), MODEL);

		assertThat(read.getAllErrors()).isEmpty();
		SalaryChoices choices = ((SalaryForm) read.getTarget()).toChoices();
		assertThat(choices.band()).isEqualTo("domain-trainer");
		assertThat(choices.field()).isEqualTo("law");
		assertThat(choices.options()).containsEntry("experience", "experience-seasoned")
			.containsEntry("location", "location-tech-hub")
			.containsEntry("employment", "employment-freelance")
			.containsEntry("company", "company-startup")
			.containsEntry("complexity", "complexity-expert")
			.hasSize(5);
		assertThat(choices.hours()).isEqualTo(25);
	}

	@ParameterizedTest
	@ValueSource(strings = { "band", "domain", "experience", "location", "employment", "company", "complexity", "hours" })
	void reportsAMissingParameterAgainstItsField(String name) {
		MultiValueMap<String, String> params = valid();
		params.remove(name);

		assertThat(errors(REQUESTS.read(params, MODEL))).containsExactly(error(name, "salary.error." + name + ".missing"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "band", "domain", "experience", "location", "employment", "company", "complexity", "hours" })
	void reportsAnEmptyParameterAsMissing(String name) {
		MultiValueMap<String, String> params = valid();
		params.set(name, "  ");

		assertThat(errors(REQUESTS.read(params, MODEL))).containsExactly(error(name, "salary.error." + name + ".missing"));
	}

	@ParameterizedTest
	@CsvSource({ "band, junior", "domain, astrology", "experience, location-tech-hub", "location, <script>",
			"employment, EMPLOYMENT-FREELANCE", "company, company-large-tech-x", "complexity, complexity-medium" })
	void reportsAnUnknownCodeAgainstItsField(String name, String value) {
		MultiValueMap<String, String> params = valid();
		params.set(name, value);

		assertThat(errors(REQUESTS.read(params, MODEL))).containsExactly(error(name, "salary.error." + name + ".unknown"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "band", "domain", "experience", "hours" })
	void refusesARepeatedParameterEvenWithTheSameValue(String name) {
		MultiValueMap<String, String> params = valid();
		params.add(name, params.getFirst(name));

		List<String> errors = errors(REQUESTS.read(params, MODEL));

		assertThat(errors).hasSize(1);
		assertThat(errors.get(0)).startsWith(name + ": Give one answer for");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-5", "81", "1000" })
	void saysWhichHoursAreAllowed(String hours) {
		MultiValueMap<String, String> params = valid();
		params.set("hours", hours);

		assertThat(errors(REQUESTS.read(params, MODEL))).containsExactly("hours: Enter between 1 and 80 hours a week.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "40 hours", "4e1", "4.5", "40,5", "40.", ".5", "NaN", "--4",
			"99999999999999999999999999" })
	void asksForWholeHoursAsANumber(String hours) {
		MultiValueMap<String, String> params = valid();
		params.set("hours", hours);

		assertThat(errors(REQUESTS.read(params, MODEL))).containsExactly("hours: " + text("typeMismatch.salaryForm.hours"));
	}

	@ParameterizedTest
	@CsvSource({ "1, 1", "80, 80", " 40 , 40", "+12, 12", "007, 7" })
	void acceptsWholeHoursFromOneToEighty(String hours, int expected) {
		MultiValueMap<String, String> params = valid();
		params.set("hours", hours);

		assertThat(((SalaryForm) REQUESTS.read(params, MODEL).getTarget()).toChoices().hours()).isEqualTo(expected);
	}

	@Test
	void showsBackOnlyTheStartOfAHugeValue() {
		MultiValueMap<String, String> params = valid();
		params.set("hours", "9".repeat(100_000));

		BindingResult read = REQUESTS.read(params, MODEL);

		assertThat(read.getFieldErrorCount()).isOne();
		assertThat(String.valueOf(read.getFieldValue("hours"))).hasSizeLessThanOrEqualTo(12);
	}

	@Test
	void prefillsNothingThePersonDidNotSay() {
		SalaryForm form = REQUESTS.prefill(new LinkedMultiValueMap<>(), MODEL);

		assertThat(form.getBand()).isEmpty();
		assertThat(form.getDomain()).isEmpty();
		assertThat(form.getOptions()).isEmpty();
		assertThat(form.getAnnotation()).isEmpty();
		assertThat(form.getHours()).isNull();
	}

	@Test
	void prefillsTheFormFromValidParametersAndIgnoresTheRest() {
		MultiValueMap<String, String> params = valid();
		params.set("experience", "nonsense");
		params.set("hours", "500");
		params.set("annotation", "paid");

		SalaryForm form = REQUESTS.prefill(params, MODEL);

		assertThat(form.getBand()).isEqualTo("domain-trainer");
		assertThat(form.getDomain()).isEqualTo("law");
		assertThat(form.option("location")).isEqualTo("location-tech-hub");
		assertThat(form.option("experience")).isEmpty();
		assertThat(form.getAnnotation()).isEqualTo("paid");
		assertThat(form.getHours()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "none, NONE", "tried, TRIED", "paid, PAID", "led, LED" })
	void readsTheOptionalAnnotationExperience(String value, AnnotationExperience expected) {
		MultiValueMap<String, String> params = valid();
		params.add("annotation", value);

		BindingResult read = REQUESTS.read(params, MODEL);

		assertThat(read.getAllErrors()).isEmpty();
		assertThat(((SalaryForm) read.getTarget()).toChoices().annotation()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  " })
	void takesABlankAnnotationAsNotSaid(String value) {
		MultiValueMap<String, String> params = valid();
		params.add("annotation", value);

		BindingResult read = REQUESTS.read(params, MODEL);

		assertThat(read.getAllErrors()).isEmpty();
		assertThat(((SalaryForm) read.getTarget()).toChoices().annotation()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "expert", "LED", "3", "<b>led</b>" })
	void reportsAnUnknownAnnotationAgainstItsField(String value) {
		MultiValueMap<String, String> params = valid();
		params.add("annotation", value);

		assertThat(errors(REQUESTS.read(params, MODEL)))
			.containsExactly(error("annotation", "salary.error.annotation.unknown"));
	}

	@Test
	void readsTheOptionalPlatformFiguresAndLeavesOutWhatIsNotGiven() {
		MultiValueMap<String, String> params = valid();
		params.add("unpaid", "15");
		params.add("rejected", " 10 ");
		params.add("fee", "");

		BindingResult read = REQUESTS.read(params, MODEL);

		assertThat(read.getAllErrors()).isEmpty();
		assertThat(((SalaryForm) read.getTarget()).toChoices().platform()).isEqualTo(new PlatformAnswers(15, 10, null));
		assertThat(((SalaryForm) REQUESTS.read(valid(), MODEL).getTarget()).toChoices().platform())
			.isEqualTo(PlatformAnswers.NONE);
	}

	@ParameterizedTest
	@CsvSource({ "unpaid, -1, 'unpaid: Enter between 0 and 120 unpaid minutes for each paid hour, or leave the box empty.'",
			"unpaid, 121, 'unpaid: Enter between 0 and 120 unpaid minutes for each paid hour, or leave the box empty.'",
			"unpaid, 7.5, 'unpaid: Enter whole minutes as a number, such as 15, or leave the box empty.'",
			"rejected, 101, 'rejected: Enter a share between 0 and 100 percent, or leave the box empty.'",
			"rejected, 10%, 'rejected: Enter a whole percent as a number, such as 10, without the % sign, or leave the box empty.'",
			"fee, -5, 'fee: Enter a fee between 0 and 100 percent, or leave the box empty.'",
			"fee, ten, 'fee: Enter a whole percent as a number, such as 20, without the % sign, or leave the box empty.'" })
	void saysWhichPlatformFiguresAreAllowed(String name, String value, String expected) {
		MultiValueMap<String, String> params = valid();
		params.add(name, value);

		assertThat(errors(REQUESTS.read(params, MODEL))).containsExactly(expected);
	}

	@Test
	void saysWhichAnswersCameFromTheQuizOnlyWhenTheQuizSentThem() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("band", "domain-trainer");
		params.add("domain", "medicine");
		params.add("hours", "25");
		params.add("employment", "employment-freelance");
		params.add("experience", "nonsense");
		params.add("annotation", "tried");
		SalaryForm form = REQUESTS.prefill(params, MODEL);

		List<String> withoutFrom = SalaryRequests.filledFromQuiz(params, form);
		params.add("from", "quiz");
		List<String> fromQuiz = SalaryRequests.filledFromQuiz(params, form);

		assertThat(withoutFrom).isEmpty();
		assertThat(fromQuiz).containsExactly("band", "domain", "employment", "annotation", "hours");
	}

	/** Each error as "parameter: message", in the words the page and the API show. */
	private static List<String> errors(BindingResult read) {
		return read.getFieldErrors()
			.stream()
			.map(error -> SalaryRequests.parameter(error.getField()) + ": " + MESSAGES.getMessage(error, Locale.ENGLISH))
			.toList();
	}

	private static String error(String parameter, String code) {
		return parameter + ": " + text(code);
	}

	private static String text(String code) {
		return MESSAGES.getMessage(code, null, Locale.ENGLISH);
	}

}
