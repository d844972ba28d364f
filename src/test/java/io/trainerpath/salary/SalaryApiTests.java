package io.trainerpath.salary;

import java.net.http.HttpResponse;
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
		assertThat(meters.counter("trainerpath.salary.estimates", "channel", "api").count()).isEqualTo(before + 1);
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
		assertThat(meters.counter("trainerpath.salary.estimates", "channel", "api").count()).isEqualTo(before + 2);
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

	private static Map<String, String> freelanceSenior() {
		Map<String, String> params = SalaryPagesTests.neutralEntry();
		params.put("band", "senior-expert");
		params.put("domain", "medical-imaging");
		params.put("experience", "experience-seasoned");
		params.put("location", "location-tech-hub");
		params.put("employment", "employment-freelance");
		params.put("company", "company-large-tech");
		params.put("complexity", "complexity-expert");
		params.put("hours", "20");
		return params;
	}

}
