package io.trainerpath.system;

import java.net.http.HttpResponse;

import io.trainerpath.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator or a load balancer can ask the running portal, and what stays private. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void healthIsUpAndNamesTheDatabaseCheckWithoutItsDetails() {
		HttpResponse<String> health = http.get("/actuator/health", "application/json");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\":{\"status\":\"UP\"}", "\"groups\":[\"liveness\",\"readiness\"]")
			.doesNotContain("jdbc:", "H2", "validationQuery", "database\":");
	}

	@Test
	void readinessIncludesTheDatabaseAndLivenessDoesNot() {
		HttpResponse<String> readiness = http.get("/actuator/health/readiness", "application/json");
		HttpResponse<String> liveness = http.get("/actuator/health/liveness", "application/json");

		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"readinessState\"", "\"db\"");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"livenessState\"").doesNotContain("\"db\"");
	}

	@Test
	void infoShowsTheBuildAndTheGitCommit() {
		HttpResponse<String> info = http.get("/actuator/info", "application/json");

		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"build\":", "\"artifact\":\"trainerpath\"", "\"version\":");
		if (getClass().getResource("/git.properties") != null) {
			assertThat(info.body()).containsPattern("\"git\":\\{\"branch\":\"[^\"]*\",\"commit\":\\{\"id\":\"[0-9a-f]{7}");
		}
	}

	@Test
	void onlyHealthAndInfoArePublic() {
		for (String endpoint : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/env",
				"/actuator/beans", "/actuator/loggers", "/actuator/heapdump", "/actuator/shutdown" }) {
			assertThat(http.get(endpoint, "application/json").statusCode()).as(endpoint).isEqualTo(404);
		}
	}

}
