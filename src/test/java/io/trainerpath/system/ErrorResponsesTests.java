package io.trainerpath.system;

import java.net.http.HttpResponse;

import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
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
