package io.trainerpath.system;

import java.net.http.HttpResponse;

import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Prometheus switched on the way the README says (an exposure setting, no code), the endpoint
 * reports request timings per route. Its own context: the default one keeps Prometheus hidden.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "management.endpoints.web.exposure.include=health,info,prometheus")
class PrometheusEndpointTests {

	@LocalServerPort
	int port;

	@Test
	void reportsRequestTimingsPerRoute() {
		Http http = new Http(port);
		http.get("/guide");
		http.get("/faq");

		HttpResponse<String> metrics = http.get("/actuator/prometheus", "text/plain");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/guide\"")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/faq\"")
			.contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

}
