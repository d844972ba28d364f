package io.trainerpath.system;

import java.net.http.HttpResponse;

import io.trainerpath.support.Http;
import io.trainerpath.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorResponsesTests {

	@LocalServerPort
	int port;

	@Test
	void apiClientsGetProblemDetailsForUnknownAddresses() {
		HttpResponse<String> response = new Http(port).get("/api/v1/no-such-thing", "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":404", "\"title\":\"Not Found\"",
				"\"instance\":\"/api/v1/no-such-thing\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/skills/..%2F", "/api/v1/skills/%2E%2E%2Fetc", "/api/v1/skills/a%00b",
			"/api/v1/skills/a%0Db", "/api/v1/skills/%zz" })
	void apiClientsGetProblemDetailsEvenForAddressesTheServerRefusesOutright(String path) {
		RawHttp.Response response = RawHttp.exchange(port, "GET " + path + " HTTP/1.1", "Accept: application/json");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.head()).containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(response.body()).contains("\"status\":400", "\"title\":\"Bad Request\"", "\"detail\":")
			.doesNotContain("Tomcat", "Exception");
	}

	@Test
	void browsersGetTheFriendlyPageWithoutInternals() {
		HttpResponse<String> response = new Http(port).get("/api/v1/no-such-thing");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page")
			.doesNotContain("Exception", "Whitelabel", "trace");
	}

	@Test
	void wrongMethodOnAPageIsRefusedWithoutAStackTrace() {
		Http http = new Http(port);

		HttpResponse<String> response = http.send(http.request("/guide")
			.header("Accept", "application/json")
			.method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody())
			.build());

		assertThat(response.statusCode()).isIn(403, 405);
		assertThat(response.body()).doesNotContain("Exception", "at io.", "at org.");
	}

}
