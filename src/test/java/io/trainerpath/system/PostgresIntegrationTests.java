package io.trainerpath.system;

import java.net.http.HttpResponse;

import io.trainerpath.support.Http;
import io.trainerpath.support.PortalOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole portal on the postgres profile against a real PostgreSQL server from Maven. */
@PortalOnPostgres
class PostgresIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsOnPostgresql() {
		String product = jdbc.queryForObject("SELECT version()", String.class);

		assertThat(product).startsWith("PostgreSQL 17");
	}

	@Test
	void appliesEveryMigrationSuccessfully() {
		Integer failed = jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success",
				Integer.class);
		Integer applied = jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success",
				Integer.class);

		assertThat(failed).isZero();
		assertThat(applied).isGreaterThanOrEqualTo(2);
	}

	@Test
	void servesTheGuideFromPostgresql() {
		Http http = new Http(port);

		HttpResponse<String> home = http.get("/");
		HttpResponse<String> faq = http.get("/faq");

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("$40–$80", "$60,000–$100,000");
		assertThat(faq.statusCode()).isEqualTo(200);
	}

}
