package io.trainerpath.salary;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SalaryApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Catalog catalog;

	@Autowired
	MeterRegistry meters;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void listsThePayBandsWithTheirOpenEnds() {
		HttpResponse<String> response = http.get("/api/v1/pay-bands", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		JsonNode bands = JSON.readTree(response.body());
		assertThat(bands).hasSize(3);
		assertThat(bands.get(0).get("slug").asString()).isEqualTo("entry-annotator");
		assertThat(bands.get(0).get("hourly").get("min").decimalValue()).isEqualByComparingTo("15");
		assertThat(bands.get(0).get("annual").get("max").decimalValue()).isEqualByComparingTo("50000");
		assertThat(bands.get(2).get("hourly").get("openEnded").asBoolean()).isTrue();
		assertThat(bands.get(1).get("annual").get("openEnded").asBoolean()).isFalse();
	}

	@Test
	void listsThePayFactorsWithTheGuidesDirectionAndOurWeights() {
		JsonNode factors = JSON.readTree(http.get("/api/v1/pay-factors", "application/json").body());

		assertThat(factors).hasSize(catalog.payFactors().size());
		JsonNode location = factors.get(2);
		assertThat(location.get("slug").asString()).isEqualTo("location");
		assertThat(location.get("parameter").asString()).isEqualTo("location");
		assertThat(factors.get(0).get("parameter").isNull()).isTrue();
		JsonNode hub = location.get("options").get(2);
		assertThat(hub.get("slug").asString()).isEqualTo("location-tech-hub");
		assertThat(hub.get("guideEffect").asString()).isEqualTo("raises");
		assertThat(hub.get("hourlyShift").decimalValue()).isEqualByComparingTo("0.05");
	}

	@Test
	void estimatesWithTheSameParametersAsTheForm() {
		double before = meters.counter("trainerpath.salary.estimates", "channel", "api").count();

		HttpResponse<String> response = http.get("/api/v1/salary-estimate?" + SalaryPagesTests.query(freelanceSenior()),
				"application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode estimate = JSON.readTree(response.body());
		assertThat(estimate.get("band").asString()).isEqualTo("senior-expert");
		assertThat(estimate.get("hourly").get("text").asString()).isEqualTo("$129–$150+");
		assertThat(estimate.get("hourly").get("openTop").asBoolean()).isTrue();
		assertThat(estimate.get("salary").get("text").asString()).isEqualTo("$156,000–$180,000+");
		assertThat(estimate.get("yearAtYourHours").get("low").decimalValue()).isEqualByComparingTo("123840");
		assertThat(estimate.get("conversion").get("hoursPerWeek").asInt()).isEqualTo(20);
		assertThat(estimate.get("conversion").get("workingWeeksPerYear").asInt()).isEqualTo(48);
		assertThat(estimate.get("breakdown")).hasSize(6);
		assertThat(estimate.get("breakdown").get(0).get("option").asString()).isEqualTo("domain-niche");
		assertThat(estimate.get("breakdown").get(0).get("hourlyEffect").decimalValue()).isEqualByComparingTo("7");
		assertThat(estimate.get("atEveryLevel")).hasSize(3);
		assertThat(estimate.get("sources").get("statement").asString()).contains("Broad estimates from the guide");
		assertThat(estimate.get("sources").get("title").asString()).isEqualTo(catalog.source().getTitle());
		// counted once the answer is sent, which may be just after the client has it
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
				meters.counter("trainerpath.salary.estimates", "channel", "api").count()).isEqualTo(before + 1));
	}

	@Test
	void anEstimateAskedForAgainIsServedFromMemoryCountedAndRevalidatable() {
		String path = "/api/v1/salary-estimate?" + SalaryPagesTests.query(freelanceSenior());
		double before = meters.counter("trainerpath.salary.estimates", "channel", "api").count();

		HttpResponse<String> first = http.get(path, "application/json");
		HttpResponse<String> again = http.get(path, "application/json");
		String etag = again.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> unchanged = http.send(http.request(path).header("If-None-Match", etag).GET().build());

		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(unchanged.statusCode()).isEqualTo(304);
		// counted once the answer is sent, which may be just after the client has it
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
				meters.counter("trainerpath.salary.estimates", "channel", "api").count()).isEqualTo(before + 2));
	}

	@Test
	void answersBadParametersWithProblemDetailsNamingEachOne() {
		HttpResponse<String> response = http.get(
				"/api/v1/salary-estimate?band=junior&band=senior-expert&domain=law&hours=4.5&experience=location-tech-hub",
				"application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("title").asString()).isNotBlank();
		List<String> parameters = new ArrayList<>();
		problem.get("errors").forEach(error -> {
			parameters.add(error.get("parameter").asString());
			assertThat(error.get("detail").asString()).isNotBlank().doesNotContain("{0}");
		});
		assertThat(parameters).containsExactly("band", "experience", "location", "employment", "company", "complexity",
				"hours");
		assertThat(response.body()).contains("Give one answer for \\\"Level of role\\\"", "without a decimal point");
	}

	@Test
	void refusesAHundredKilobyteParameterAsAProblem() {
		Map<String, String> params = freelanceSenior();
		params.put("hours", "9".repeat(100 * 1024));

		HttpResponse<String> response = http.get("/api/v1/salary-estimate?" + SalaryPagesTests.query(params),
				"application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("errors").get(0).get("parameter").asString()).isEqualTo("hours");
		assertThat(response.body()).doesNotContain("9999999999");
	}

	@Test
	void keepsAnsweringTheFirstEditionsParameterSets() {
		HttpResponse<String> response = http.get("/api/v1/salary-estimate?" + SalaryPagesTests.query(SalaryPagesTests.neutralEntry()),
				"application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode estimate = JSON.readTree(response.body());
		assertThat(estimate.get("hourly").get("text").asString()).isEqualTo("$20–$25");
		assertThat(estimate.get("salary").get("text").asString()).isEqualTo("$37,000–$43,000");
		assertThat(estimate.get("levelAsked").asString()).isEqualTo("entry-annotator");
		assertThat(estimate.get("level").get("chosen").asString()).isEqualTo("entry-annotator");
		assertThat(estimate.get("effectiveRate").isNull()).isTrue();
		assertThat(estimate.get("contradictions")).isEmpty();
	}

	@Test
	void carriesTheSuggestedLevelAndTheDisagreement() {
		Map<String, String> doctor = SalaryPagesTests.neutralEntryWith("band=senior-expert", "domain=medicine",
				"experience=experience-new", "annotation=none");

		JsonNode estimate = JSON.readTree(http.get("/api/v1/salary-estimate?" + SalaryPagesTests.query(doctor),
				"application/json").body());

		JsonNode level = estimate.get("level");
		assertThat(estimate.get("band").asString()).isEqualTo("senior-expert");
		assertThat(level.get("chosen").asString()).isEqualTo("senior-expert");
		assertThat(level.get("suggested").asString()).isEqualTo("domain-trainer");
		assertThat(level.get("suggestedName").asString()).isEqualTo("AI data trainer with domain expertise");
		assertThat(level.get("agrees").asBoolean()).isFalse();
		assertThat(level.get("reason").asString()).isNotBlank();
		assertThat(level.get("suggestedEstimate").get("hourly").get("text").asString()).isEqualTo("$50–$62");
		assertThat(level.get("suggestedEstimate").get("estimate").asString())
			.startsWith("/api/v1/salary-estimate?band=domain-trainer&domain=medicine&")
			.contains("annotation=none");
		assertThat(estimate.get("contradictions").get(0).get("slug").asString()).isEqualTo("senior-but-new");
	}

	@Test
	void usesTheSuggestedLevelWhenAskedTo() {
		Map<String, String> params = SalaryPagesTests.neutralEntry();
		params.put("band", "suggest");

		JsonNode estimate = JSON.readTree(http.get("/api/v1/salary-estimate?" + SalaryPagesTests.query(params),
				"application/json").body());

		assertThat(estimate.get("levelAsked").asString()).isEqualTo("suggest");
		assertThat(estimate.get("band").asString()).isEqualTo("domain-trainer");
		assertThat(estimate.get("level").get("chosen").isNull()).isTrue();
		assertThat(estimate.get("level").get("agrees").asBoolean()).isTrue();
	}

	@Test
	void carriesThePartTimeFiguresAndTheRealRate() {
		Map<String, String> params = SalaryPagesTests.neutralEntryWith("employment=employment-part-time",
				"company=company-crowdsourcing", "hours=20", "unpaid=15", "rejected=10");

		JsonNode estimate = JSON.readTree(http.get("/api/v1/salary-estimate?" + SalaryPagesTests.query(params),
				"application/json").body());

		JsonNode atYourHours = estimate.get("atYourHours");
		assertThat(atYourHours.get("hoursPerWeek").asInt()).isEqualTo(20);
		assertThat(atYourHours.get("perYear").get("low").decimalValue())
			.isEqualByComparingTo(atYourHours.get("perHour").get("low").decimalValue().multiply(new java.math.BigDecimal(20 * 48)));
		assertThat(atYourHours.get("perMonth").get("text").asString()).isNotBlank();
		assertThat(atYourHours.get("fullTimeSalary").get("text").asString()).isEqualTo(estimate.get("salary").get("text").asString());
		JsonNode rate = estimate.get("effectiveRate");
		assertThat(rate.get("effective").get("low").decimalValue()).isLessThan(rate.get("advertised").get("low").decimalValue());
		assertThat(rate.get("unpaidMinutesPerPaidHour").get("value").asInt()).isEqualTo(15);
		assertThat(rate.get("unpaidMinutesPerPaidHour").get("assumed").asBoolean()).isFalse();
		assertThat(rate.get("feePercent").get("assumed").asBoolean()).isTrue();
	}

	@Test
	void answersBadNewParametersWithProblemDetailsNamingEach() {
		HttpResponse<String> response = http.get("/api/v1/salary-estimate?"
				+ SalaryPagesTests.query(SalaryPagesTests.neutralEntry()) + "&annotation=expert&unpaid=500&fee=ten",
				"application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		List<String> parameters = new ArrayList<>();
		JSON.readTree(response.body()).get("errors").forEach(error -> parameters.add(error.get("parameter").asString()));
		assertThat(parameters).containsExactly("annotation", "unpaid", "fee");
	}

	@Test
	void documentsEveryParametersValuesAndATypedAnswer() {
		JsonNode document = JSON.readTree(http.get("/v3/api-docs", "application/json").body());

		JsonNode get = document.get("paths").get("/api/v1/salary-estimate").get("get");
		Map<String, JsonNode> parameters = new java.util.LinkedHashMap<>();
		get.get("parameters").forEach(parameter -> parameters.put(parameter.get("name").asString(), parameter));
		assertThat(parameters).containsOnlyKeys("band", "domain", "experience", "location", "employment", "company",
				"complexity", "annotation", "hours", "unpaid", "rejected", "fee");
		assertThat(values(parameters.get("band"))).containsExactly("entry-annotator", "domain-trainer", "senior-expert",
				"suggest");
		assertThat(values(parameters.get("domain"))).containsExactlyElementsOf(
				catalog.domains().stream().map(io.trainerpath.catalog.Domain::getSlug).toList());
		assertThat(values(parameters.get("employment"))).containsExactly("employment-employee", "employment-part-time",
				"employment-freelance");
		assertThat(values(parameters.get("annotation"))).containsExactly("none", "tried", "paid", "led");
		assertThat(parameters.get("hours").get("schema").get("minimum").asInt()).isEqualTo(1);
		assertThat(parameters.get("hours").get("schema").get("maximum").asInt()).isEqualTo(80);
		assertThat(parameters.get("unpaid").get("schema").get("default").asInt()).isEqualTo(10);
		assertThat(parameters.get("unpaid").path("required").asBoolean(false)).isFalse();
		assertThat(parameters.get("annotation").path("required").asBoolean(false)).isFalse();
		assertThat(parameters.get("band").get("required").asBoolean()).isTrue();
		String answer = get.get("responses").get("200").get("content").get("application/json").get("schema")
			.get("$ref").asString();
		assertThat(answer).isEqualTo("#/components/schemas/SalaryEstimate");
		JsonNode schemas = document.get("components").get("schemas");
		assertThat(schemas.get("SalaryEstimate").get("properties").propertyNames()).contains("level", "contradictions",
				"atYourHours", "effectiveRate", "levelAsked");
		assertThat(values(schemas.get("SalaryEstimate").get("properties").get("band"))).containsExactly(
				"entry-annotator", "domain-trainer", "senior-expert");
		assertThat(schemas.get("SalaryEffectiveRate").get("properties").propertyNames()).contains("advertised",
				"effective", "unpaidMinutesPerPaidHour");
		assertThat(schemas.propertyNames()).doesNotContain("ResponseEntitySalaryEstimate", "ResponseEntityListBandView",
				"ResponseEntityListFactorView");
		assertThat(document.get("paths").get("/api/v1/pay-bands").get("get").get("responses").get("200").get("content")
			.get("application/json").get("schema").get("items").get("$ref").asString()).endsWith("/BandView");
	}

	private static List<String> values(JsonNode parameterOrProperty) {
		JsonNode schema = parameterOrProperty.has("schema") ? parameterOrProperty.get("schema") : parameterOrProperty;
		List<String> values = new ArrayList<>();
		schema.get("enum").forEach(value -> values.add(value.asString()));
		return values;
	}

	private static Map<String, String> freelanceSenior() {
		return SalaryPagesTests.neutralEntryWith("band=senior-expert", "domain=medical-imaging",
				"experience=experience-seasoned", "location=location-tech-hub", "employment=employment-freelance",
				"company=company-large-tech", "complexity=complexity-expert", "hours=20");
	}

}
