package io.trainerpath.explore.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiIndexTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void namesEveryResourceWithItsAddressAndWhereTheDescriptionIs() {
		HttpResponse<String> response = new Http(port).get("/api/v1", "application/json");
		JsonNode index = JSON.readTree(response.body());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("max-age=3600", "public"));
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(index.get("openApi").asString()).isEqualTo("/v3/api-docs");
		assertThat(index.get("swaggerUi").asString()).isEqualTo("/swagger-ui.html");
		assertThat(index.get("resources")).allSatisfy(resource -> {
			assertThat(resource.get("name").asString()).isNotBlank();
			assertThat(resource.get("href").asString()).startsWith("/api/v1/");
			assertThat(resource.get("description").asString()).hasSizeGreaterThan(20);
		});
	}

	/** Whichever feature adds a collection, the index must name it, and name nothing that is not there. */
	@Test
	void listsExactlyTheDocumentedPathsThatTakeNoSlug() {
		Http http = new Http(port);
		JsonNode document = JSON.readTree(http.get("/v3/api-docs", "application/json").body());
		List<String> documented = new ArrayList<>();
		document.get("paths").propertyNames().forEach(documented::add);
		List<String> listed = new ArrayList<>();
		JSON.readTree(http.get("/api/v1", "application/json").body())
			.get("resources")
			.forEach(resource -> listed.add(resource.get("href").asString()));

		assertThat(listed).containsExactlyInAnyOrderElementsOf(
				documented.stream().filter(path -> !path.contains("{") && !path.equals("/api/v1")).toList());
		assertThat(documented).contains("/api/v1").doesNotContain("/api");
	}

	@Test
	void showsTheSameIndexAsAPageInABrowser() {
		Http http = new Http(port);
		HttpResponse<String> page = http.get("/api");
		JsonNode index = JSON.readTree(http.get("/api/v1", "application/json").body());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<h1>Open data for developers</h1>", "href=\"/swagger-ui.html\"",
				"href=\"/v3/api-docs\"", "href=\"/api/v1\"");
		index.get("resources").forEach(resource -> assertThat(page.body())
			.contains("<code>" + resource.get("href").asString() + "</code>"));
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
	}

	@Test
	void refusesAWriteToTheIndexWithA405Problem() {
		Http http = new Http(port);

		HttpResponse<String> response = http.send(http.request("/api/v1")
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

}
