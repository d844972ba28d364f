package io.trainerpath.system;

import java.net.http.HttpResponse;
import java.util.List;

import io.trainerpath.support.AppInstance;
import io.trainerpath.support.TwoInstances;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal started at the same moment against one fresh PostgreSQL database, as
 * two containers behind a load balancer would be. Flyway's lock lets exactly one of them migrate;
 * both then serve the same pages. The pair is shared with the journeys that span both instances
 * (assessment.web.QuizAcrossInstancesTests), so it starts once.
 */
@ExtendWith(TwoInstances.Shared.class)
class TwoInstancesTests {

	static AppInstance first;

	static AppInstance second;

	@BeforeAll
	static void useTheSharedPair(TwoInstances instances) {
		first = instances.first();
		second = instances.second();
	}

	@Test
	void bothInstancesRunOnDifferentPorts() {
		assertThat(first.isRunning()).isTrue();
		assertThat(second.isRunning()).isTrue();
		assertThat(first.port()).isNotEqualTo(second.port());
	}

	@Test
	void everyMigrationIsAppliedExactlyOnceDespiteTheSimultaneousStart() {
		JdbcTemplate jdbc = first.bean(JdbcTemplate.class);

		List<String> versions = jdbc.queryForList(
				"SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank",
				String.class);
		Integer failed = jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success",
				Integer.class);

		assertThat(versions).contains("1", "2").doesNotHaveDuplicates();
		assertThat(failed).isZero();
	}

	@Test
	void bothInstancesServeTheSameGuide() {
		HttpResponse<String> fromFirst = first.http().get("/guide");
		HttpResponse<String> fromSecond = second.http().get("/guide");

		assertThat(fromFirst.statusCode()).isEqualTo(200);
		assertThat(fromSecond.statusCode()).isEqualTo(200);
		// the pages name their own address (canonical link), which differs only by port
		assertThat(fromFirst.body().replace(first.http().base(), "ORIGIN")).contains("<h1")
			.isEqualTo(fromSecond.body().replace(second.http().base(), "ORIGIN"));
	}

	@Test
	void bothInstancesAreReadyForTraffic() {
		assertThat(first.http().get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
		assertThat(second.http().get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void neitherInstanceCreatesASessionThatWouldTieAVisitorToIt() {
		for (AppInstance instance : List.of(first, second)) {
			HttpResponse<String> home = instance.http().get("/");

			assertThat(home.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		}
	}

}
