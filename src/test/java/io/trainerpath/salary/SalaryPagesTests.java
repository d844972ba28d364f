package io.trainerpath.salary;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** The estimator's pages over real HTTP: the form, the results, the method page and every kind of bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SalaryPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Catalog catalog;

	@Autowired
	MeterRegistry meters;

	@Autowired
	SalaryModels models;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	static Map<String, String> neutralEntry() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("band", "entry-annotator");
		params.put("domain", "law");
		params.put("experience", "experience-some");
		params.put("location", "location-other-city");
		params.put("employment", "employment-employee");
		params.put("company", "company-smaller");
		params.put("complexity", "complexity-analytical");
		params.put("hours", "40");
		return params;
	}

	/** The neutral entry-level answers with some changed or added: "band=senior-expert", "hours=20". */
	static Map<String, String> neutralEntryWith(String... changes) {
		Map<String, String> params = neutralEntry();
		for (String change : changes) {
			String[] parts = change.split("=", 2);
			params.put(parts[0], parts[1]);
		}
		return params;
	}

	static String query(Map<String, String> params) {
		return params.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	@Test
	void formOffersEveryLevelFieldAndAnswerFromTheDatabase() {
		HttpResponse<String> response = http.get("/salary");

		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(body).contains("method=\"get\"", "action=\"/salary/estimate\"");
		catalog.payBands().forEach(band -> assertThat(body).contains("value=\"" + band.getSlug() + "\"",
				htmlEscape(band.getName()), band.hourlyRange()));
		catalog.domains().forEach(domain -> assertThat(body).contains("value=\"" + domain.getSlug() + "\""));
		catalog.payFactors()
			.stream()
			.filter(factor -> !factor.getSlug().equals("domain"))
			.flatMap(factor -> factor.getOptions().stream())
			.forEach(option -> assertThat(body).contains("value=\"" + option.getSlug() + "\""));
		assertThat(body).contains("id=\"hours\"", "for example 40 for a full-time week", "The platform&#39;s fee");
		// a message without arguments keeps its apostrophes single
		assertThat(body).doesNotContain("&#39;&#39;");
		assertThat(body).doesNotContain("error-summary");
		assertThat(HtmlChecker.errors(body)).isEmpty();
	}

	@Test
	void formPreSelectsNothingThePersonDidNotSay() {
		String body = http.get("/salary").body();

		assertThat(body).doesNotContain("checked=\"checked\"", "selected=\"selected\"");
		assertThat(body).containsPattern("id=\"hours\"[^>]*value=\"\"");
	}

	@Test
	void formLinksToTheQuizBesideTheLevelQuestion() {
		String body = http.get("/salary").body();

		String levelQuestion = body.substring(body.indexOf("id=\"band-legend\""), body.indexOf("id=\"domain\""));
		assertThat(levelQuestion).contains("href=\"/assessment\"");
	}

	@Test
	void formFromTheQuizSaysWhichAnswersItFilledIn() {
		HttpResponse<String> response = http.get("/salary?band=domain-trainer&domain=medicine&hours=25"
				+ "&employment=employment-employee&experience=experience-new&annotation=none&from=quiz");

		String body = response.body();
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("public"));
		assertThat(body).contains("Filled in from your quiz results: the level of role, your field, your experience, "
				+ "how you would be employed, your annotation work so far, your hours a week. The rest is yours to answer.");
		assertThat(body).containsPattern("value=\"experience-new\"\\s+checked=\"checked\"")
			.containsPattern("value=\"none\"\\s+checked=\"checked\"")
			.doesNotContainPattern("value=\"(location|company|complexity)-[a-z-]+\"\\s+checked");
		assertThat(HtmlChecker.errors(body)).isEmpty();
	}

	@Test
	void formWithoutTheQuizSaysNothingAboutIt() {
		String body = http.get("/salary?band=domain-trainer&domain=medicine").body();

		assertThat(body).doesNotContain("Filled in from your quiz");
	}

	@Test
	void formIsPrefilledFromTheSalaryUrlContract() {
		String body = http.get("/salary?band=senior-expert&domain=medical-imaging&location=location-tech-hub&hours=25")
			.body();

		assertThat(body).containsPattern("value=\"senior-expert\"\\s+checked=\"checked\"")
			.containsPattern("value=\"medical-imaging\"\\s+selected=\"selected\"")
			.containsPattern("value=\"location-tech-hub\"\\s+checked=\"checked\"")
			.contains("value=\"25\"");
	}

	@Test
	void formIgnoresNonsenseInItsPrefillParameters() {
		HttpResponse<String> response = http.get("/salary?band=%3Cscript%3Ealert(1)%3C/script%3E&hours=abc");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>alert", "error-summary")
			.containsPattern("id=\"hours\"[^>]*value=\"\"");
	}

	@Test
	void resultsShowTheRangesBandBreakdownChartLevelsAndSources() {
		double before = meters.counter("trainerpath.salary.estimates", "channel", "web").count();

		HttpResponse<String> response = http.get("/salary/estimate?" + query(neutralEntry()));

		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(HtmlChecker.errors(body)).isEmpty();
		assertThat(body).contains("$37,000–$43,000", "$20–$25", "$38,400–$48,000", "$20 × 40 hours × 48 weeks");
		assertThat(body).contains(htmlEscape("Entry-level data annotator"), "benefits");
		catalog.payFactors().forEach(factor -> assertThat(body).contains(htmlEscape(factor.getName())));
		assertThat(body).contains("<svg", "role=\"img\"", "aria-labelledby=\"chart-title chart-desc\"", "<rect",
				"<desc id=\"chart-desc\"");
		assertThat(body).doesNotContain("style=");
		assertThat(body).contains("At the other levels", "$54–$66", "$74,000–$86,000");
		assertThat(body).contains("href=\"/salary/estimate?band=domain-trainer&amp;domain=law&amp;");
		assertThat(body).contains(htmlEscape(catalog.source().getTitle()), "broad estimates from the guide");
		assertThat(body).contains("href=\"/salary/method\"", "href=\"/salary?band=entry-annotator&amp;domain=law&amp;");
		// counted once the answer is sent, which may be just after the client has it
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
				meters.counter("trainerpath.salary.estimates", "channel", "web").count()).isEqualTo(before + 1));
	}

	@Test
	void freelanceResultsLeadWithTheHourlyRateAndTheConversion() {
		Map<String, String> params = neutralEntryWith("employment=employment-freelance", "hours=20");

		String body = http.get("/salary/estimate?" + query(params)).body();

		String headline = body.substring(body.indexOf("salary-figure"), body.indexOf("breakdown-heading"));
		assertThat(headline.indexOf("an hour")).isLessThan(headline.indexOf("a year"));
		assertThat(headline).contains("$21–$26", "$20,160–$24,960", "$21 × 20 hours × 48 weeks", "Freelance and contract work");
	}

	@Test
	void anEntryLevelEmployeeAtTwentyHoursSeesWhatTwentyHoursEarnFirst() {
		Map<String, String> params = neutralEntryWith("employment=employment-part-time", "hours=20");

		String body = http.get("/salary/estimate?" + query(params)).body();

		String headline = body.substring(body.indexOf("salary-figure"), body.indexOf("breakdown-heading"));
		// $20–$25 an hour × 20 hours × 48 weeks, then a twelfth of it, then the full-time salary to compare
		assertThat(headline).containsSubsequence("<strong>$19,200–$24,000</strong>", "a year, working 20 hours a week",
				"$1,600–$2,000 a month", "$20–$25 an hour", "For comparison", "$37,000–$43,000");
		assertThat(HtmlChecker.errors(body)).isEmpty();
	}

	@Test
	void aDoctorNewToAnnotationWhoChoseSeniorIsToldWhichLevelHerAnswersFitAndSeesBoth() {
		Map<String, String> params = neutralEntryWith("band=senior-expert", "domain=medicine", "experience=experience-new",
				"annotation=none");

		String body = http.get("/salary/estimate?" + query(params)).body();

		String level = body.substring(body.indexOf("id=\"level-heading\""), body.indexOf("id=\"breakdown-heading\""));
		assertThat(level).contains(htmlEscape("your answers fit \"AI data trainer with domain expertise\""));
		// both estimates side by side: the senior one she chose, the middle one her answers fit
		assertThat(level).containsSubsequence("The level you chose", "Senior or lead trainer", "$97–$119 an hour",
				"The level your answers fit", "AI data trainer with domain expertise", "$50–$62 an hour");
		assertThat(level).contains("href=\"/salary/estimate?band=domain-trainer&amp;domain=medicine&amp;",
				"annotation=none", htmlEscape("See the estimate for \"AI data trainer with domain expertise\""));
		assertThat(level).contains("You chose the senior level but say you are new to the work.",
				"href=\"/salary/method#levels\"");
		assertThat(HtmlChecker.errors(body)).isEmpty();
	}

	@Test
	void aSeasonedLegalReviewerAtALargeCompanySeesSeniorSuggested() {
		Map<String, String> params = neutralEntryWith("band=suggest", "domain=legal-document-review",
				"experience=experience-seasoned", "complexity=complexity-expert", "company=company-large-tech");

		String body = http.get("/salary/estimate?" + query(params)).body();

		assertThat(body).contains(htmlEscape("For the level your answers fit, \"Senior or lead trainer, domain-expert consultant\""),
				"these figures are for the one your answers fit: Senior or lead trainer, domain-expert consultant.",
				"Seasoned, in a field where qualified experts are scarce");
		assertThat(body).doesNotContain("The level you chose");
		assertThat(body).contains("href=\"/salary?band=suggest&amp;domain=legal-document-review&amp;");
		assertThat(HtmlChecker.errors(body)).isEmpty();
	}

	@Test
	void formOffersToSuggestALevel() {
		String body = http.get("/salary?band=suggest").body();

		assertThat(body).containsPattern("id=\"band-suggest\"\\s+value=\"suggest\"\\s+checked=\"checked\"")
			.contains("Not sure — suggest one");
	}

	@Test
	void aCrowdWorkerWithUnpaidTimeAndRejectedWorkSeesTheRealRateBelowTheAdvertisedOne() {
		Map<String, String> params = neutralEntryWith("domain=general", "company=company-crowdsourcing",
				"complexity=complexity-straightforward", "employment=employment-freelance", "hours=20", "unpaid=15",
				"rejected=10");

		HttpResponse<String> response = http.get("/salary/estimate?" + query(params));

		String body = response.body();
		String rate = body.substring(body.indexOf("id=\"effective-heading\""), body.indexOf("id=\"breakdown-heading\""));
		// advertised $16–$21; × 90% accepted × 60/75 paid minutes = × 0.72: $11.52–$15.12, to the nearest dollar
		assertThat(rate).containsSubsequence("Advertised rate", "$16–$21 an hour", "What you earn for each hour you work",
				"$12–$15 an hour", "$11,520–$14,400 a year");
		assertThat(rate).containsSubsequence("15 unpaid minutes for each paid hour", "your figure",
				"10% of work rejected or not paid", "your figure", "0% platform fee", "our assumption");
		assertThat(rate).contains("$16 × 100% × 90% × 60 ÷ 75 = $11.52, which rounds to $12.");
		assertThat(rate).contains("href=\"/salary?band=entry-annotator&amp;", "unpaid=15&amp;rejected=10#platform");
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("public"));
		assertThat(HtmlChecker.errors(body)).isEmpty();
	}

	@Test
	void employeesAtACompanySeeNoRealRateSection() {
		String body = http.get("/salary/estimate?" + query(neutralEntry())).body();

		assertThat(body).doesNotContain("effective-heading");
	}

	@Test
	void formKeepsThePlatformFiguresOpenOnlyWhenGivenOrWrong() {
		String closed = http.get("/salary").body();
		String given = http.get("/salary?unpaid=20").body();
		Map<String, String> params = neutralEntry();
		params.put("fee", "200");
		String wrong = http.get("/salary/estimate?" + query(params)).body();

		assertThat(closed).contains("<details class=\"salary-platform\" id=\"platform\">");
		assertThat(given).contains("<details class=\"salary-platform\" id=\"platform\" open=\"open\">")
			.containsPattern("id=\"unpaid\"[^>]*value=\"20\"");
		assertThat(wrong).contains("open=\"open\"", "href=\"#fee\"", "id=\"fee-error\"");
		assertThat(HtmlChecker.errors(wrong)).isEmpty();
	}

	@Test
	void seniorResultsAtTheTopSayPlusInsteadOfACeiling() {
		Map<String, String> params = neutralEntryWith("band=senior-expert", "domain=medical-imaging",
				"experience=experience-seasoned", "location=location-tech-hub", "company=company-large-tech",
				"complexity=complexity-expert");

		String body = http.get("/salary/estimate?" + query(params)).body();

		assertThat(body).contains("$156,000–$180,000+", "–$150+", "no ceiling");
		assertThat(HtmlChecker.errors(body)).isEmpty();
	}

	@Test
	void methodPageShowsTheGuidesFactsAndEveryWeightAsOurAssumption() {
		HttpResponse<String> response = http.get("/salary/method");

		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(HtmlChecker.errors(body)).isEmpty();
		catalog.payBands().forEach(band -> assertThat(body).contains(band.hourlyRange(), band.annualRange()));
		catalog.payFactors()
			.forEach(factor -> factor.getOptions().forEach(option -> assertThat(body).contains(htmlEscape(option.getLabel()))));
		assertThat(body).contains("What comes from the guide", "What we assumed", "+10%", "−5%", "48 weeks", "15%");
		// the second edition's three additions, in plain words
		assertThat(body).contains("Your real hourly rate for platform and gig work", "10 minutes.", "5%.",
				"The guide gives no such figures", "a part-time job is assumed to pay the same hourly rate",
				"we work out which of the guide&#39;s three levels your other answers fit");
		assertThat(body).contains("Which level fits your answers", "Answers that pull against each other",
				"Any other answers", "Annotation work so far: I have led or checked other people&#39;s annotation work");
		assertThat(body).contains(htmlEscape(catalog.source().getTitle()));
		assertThat(body).doesNotContain("&#39;&#39;");
	}

	@Test
	void methodPageListsEveryLevelRuleAndContradictionInItsOwnWords() {
		String body = http.get("/salary/method").body();

		SalaryModel model = models.model();
		model.levelRules().forEach(rule -> assertThat(body).contains(htmlEscape(rule.reason())));
		model.contradictions().forEach(contradiction -> assertThat(body).contains(htmlEscape(contradiction.message())));
		assertThat(body).contains("id=\"levels\"");
	}

	@Test
	void methodPagesWorkedExampleMatchesTheEstimator() {
		String body = http.get("/salary/method").body();
		String neutral = http.get("/salary/estimate?" + query(neutralEntry())).body();

		assertThat(neutral).contains("$20–$25", "$37,000–$43,000");
		assertThat(body).contains("$20 to $25 an hour", "$37,000 to $43,000");
	}

	@Test
	void missingAnswersShowTheFormAgainWithEveryError() {
		HttpResponse<String> response = http.get("/salary/estimate");

		assertThat(response.statusCode()).isEqualTo(400);
		String body = response.body();
		assertThat(HtmlChecker.errors(body)).isEmpty();
		assertThat(body).contains("class=\"error-summary\"", "autofocus", "tabindex=\"-1\"");
		for (String field : new String[] { "band", "domain", "experience", "location", "employment", "company",
				"complexity", "hours" }) {
			assertThat(body).contains("href=\"#" + field + "\"", "id=\"" + field + "-error\"", "id=\"" + field + "\"");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "-3", "0", "81", "99999999999999999999", "forty", "4.5", "1e3", "" })
	void badHoursShowTheErrorBesideTheField(String hours) {
		Map<String, String> params = neutralEntry();
		params.put("hours", hours);

		HttpResponse<String> response = http.get("/salary/estimate?" + query(params));

		assertThat(response.statusCode()).isEqualTo(400);
		String body = response.body();
		assertThat(body).contains("href=\"#hours\"", "id=\"hours-error\"", "aria-describedby=\"hours-hint hours-error\"");
		assertThat(body).containsOnlyOnce("<a href=\"#").doesNotContain("id=\"band-error\"");
		assertThat(body).containsPattern("value=\"entry-annotator\"\\s+checked=\"checked\"");
	}

	@Test
	void unknownCodesAreReportedAndNeverEchoedUnescaped() {
		Map<String, String> params = neutralEntry();
		params.put("band", "<script>alert('x')</script>");
		params.put("domain", "\"><img src=x onerror=alert(1)>");
		params.put("experience", "location-tech-hub");
		params.put("hours", "<b>40</b>");

		HttpResponse<String> response = http.get("/salary/estimate?" + query(params));

		assertThat(response.statusCode()).isEqualTo(400);
		String body = response.body();
		assertThat(HtmlChecker.errors(body)).isEmpty();
		assertThat(body).doesNotContain("<script>alert", "<img src=x", "<b>40");
		assertThat(body).contains("id=\"band-error\"", "id=\"domain-error\"", "id=\"experience-error\"", "id=\"hours-error\"");
		assertThat(body).contains("value=\"&lt;b&gt;40&lt;/b&gt;\"");
	}

	@Test
	void repeatedParametersAskForOneAnswer() {
		HttpResponse<String> response = http
			.get("/salary/estimate?" + query(neutralEntry()) + "&band=senior-expert&hours=40");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Give one answer for &quot;Level of role&quot;",
				"Give one answer for &quot;Hours a week&quot;");
	}

	@Test
	void aHundredKilobyteParameterGetsTheFormNotAServerError() {
		Map<String, String> params = neutralEntry();
		params.put("domain", "x".repeat(100 * 1024));

		HttpResponse<String> response = http.get("/salary/estimate?" + query(params));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("id=\"domain-error\"").doesNotContain("xxxxxxxxxx");
		assertThat(response.body().length()).isLessThan(100 * 1024);
	}

}
