package io.trainerpath.explore.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiBehaviourTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/skills", "/api/v1/career-roles/senior-data-trainer", "/api/v1/faq",
			"/api/v1/platforms?category=job-board" })
	void letsClientsCacheAndRevalidateReadOnlyData(String path) {
		Http http = new Http(port);

		HttpResponse<String> first = http.get(path, "application/json");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = http.send(http.request(path)
			.header("Accept", "application/json")
			.header("If-None-Match", etag)
			.GET()
			.build());

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("max-age=3600").contains("public").doesNotContain("no-store"));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void givesTheSameEtagForTheSameDataAndADifferentOneForDifferentData() {
		Http http = new Http(port);

		String skills = http.get("/api/v1/skills", "application/json").headers().firstValue("ETag").orElseThrow();
		String skillsAgain = http.get("/api/v1/skills", "application/json").headers().firstValue("ETag").orElseThrow();
		String domains = http.get("/api/v1/domains", "application/json").headers().firstValue("ETag").orElseThrow();

		assertThat(skillsAgain).isEqualTo(skills);
		assertThat(domains).isNotEqualTo(skills);
	}

	@Test
	void usesStableFieldNamesForACareerRole() {
		String body = new Http(port).get("/api/v1/career-roles/ai-data-trainer", "application/json").body();

		assertThat(body).contains("\"slug\":\"ai-data-trainer\"", "\"stage\":\"core\"",
				"\"payBandSlug\":\"domain-trainer\"", "\"parentSlug\":\"entry-annotator\"",
				"\"pageUrl\":\"/careers/ai-data-trainer\"", "\"workTypeSlugs\":[\"annotation-labeling\"");
	}

	@Test
	void saysNullWhereTheGuideGivesNoPayFigure() {
		String body = new Http(port).get("/api/v1/career-roles/prompt-engineer", "application/json").body();

		assertThat(body).contains("\"payBandSlug\":null", "does not put a figure");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/skills/no-such-skill", "/api/v1/career-roles/x", "/api/v1/faq/nope",
			"/api/v1/guide-sections/nope", "/api/v1/domains/mars", "/api/v1/platforms/nope",
			"/api/v1/work-types/nope", "/api/v1/roadmap-steps/nope" })
	void answersAnUnknownItemWithA404Problem(String path) {
		HttpResponse<String> response = new Http(port).get(path, "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":404", "There is no");
	}

	@ParameterizedTest
	@ValueSource(strings = { "category=nope", "workType=nope", "category=job-board&workType=%3Cb%3E" })
	void answersAnUnknownFilterWithA400ProblemNamingTheChoices(String query) {
		HttpResponse<String> response = new Http(port).get("/api/v1/platforms?" + query, "application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":400", "is not known. Use one of:");
	}

	@Test
	void refusesAWriteWithA405Problem() {
		Http http = new Http(port);

		HttpResponse<String> response = http.send(http.request("/api/v1/skills")
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":405");
	}

	@Test
	void refusesAnUnofferedMediaTypeWith406() {
		HttpResponse<String> response = new Http(port).get("/api/v1/skills", "text/csv");

		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(response.body()).doesNotContain("Exception", "trace");
	}

	@Test
	void relaxesTheStylePolicyForSwaggerUiOnlyAndNeverTheScriptPolicy() {
		Http http = new Http(port);

		String swagger = http.get("/swagger-ui/index.html").headers().firstValue("Content-Security-Policy").orElseThrow();
		String page = http.get("/platforms").headers().firstValue("Content-Security-Policy").orElseThrow();
		String api = http.get("/api/v1/skills", "application/json")
			.headers()
			.firstValue("Content-Security-Policy")
			.orElseThrow();

		assertThat(swagger).contains("style-src 'self' 'unsafe-inline'", "script-src 'self';");
		assertThat(page).doesNotContain("unsafe-inline").contains("style-src 'self';");
		assertThat(api).doesNotContain("unsafe-inline");
	}

	@Test
	void servesSwaggerUiFromTheApplicationItself() {
		Http http = new Http(port);

		HttpResponse<String> entry = http.get("/swagger-ui.html");
		HttpResponse<String> page = http.get("/swagger-ui/index.html");
		HttpResponse<String> bundle = http.get("/swagger-ui/swagger-ui-bundle.js", "*/*");

		assertThat(entry.statusCode()).isEqualTo(302);
		assertThat(entry.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/swagger-ui/index.html"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(bundle.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("https://unpkg.com", "cdn.");
	}

}
