package io.trainerpath.system;

import java.net.http.HttpResponse;
import java.time.Duration;

import io.trainerpath.support.AppInstance;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.StoppablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back while the portal runs. Meanwhile pages that need it answer
 * a friendly 503 page, health says DOWN; afterwards both recover by
 * themselves, with no restart.
 */
class DatabaseOutageTests {

	static StoppablePostgres postgres;

	static AppInstance app;

	@BeforeAll
	static void start() {
		postgres = new StoppablePostgres();
		// Short waits for a connection, so the outage is noticed within the test's patience.
		app = AppInstance.start(postgres.jdbcUrl(), "--spring.datasource.hikari.connection-timeout=1500",
				"--spring.datasource.hikari.validation-timeout=1000");
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void answersAFriendly503WhileTheDatabaseIsDownAndRecoversAfterwards() {
		assertThat(app.http().get("/faq").statusCode()).isEqualTo(200);
		assertThat(app.http().get("/actuator/health", "application/json").statusCode()).isEqualTo(200);

		postgres.stop();
		try {
			// Cached pages would still answer 200 (and should); empty the caches so the page needs the database.
			clearCaches();
			HttpResponse<String> page = app.http().get("/faq");
			HttpResponse<String> health = app.http().get("/actuator/health", "application/json");
			HttpResponse<String> readiness = app.http().get("/actuator/health/readiness", "application/json");
			HttpResponse<String> liveness = app.http().get("/actuator/health/liveness", "application/json");

			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
			assertThat(page.headers().firstValue("Retry-After")).contains("30");
			assertThat(page.body()).contains("We will be back in a moment", "Nothing you saved is lost")
				.doesNotContain("Exception", "at io.trainerpath", "jdbc:", "SQLState");
			assertThat(HtmlChecker.errors(page.body())).isEmpty();
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"db\":{\"status\":\"DOWN\"}").doesNotContain("jdbc:", "Exception");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(liveness.statusCode()).as("a database outage is no reason to restart the app").isEqualTo(200);
		}
		finally {
			postgres.start();
		}

		HttpResponse<String> page = awaitStatus("/faq", 200);
		assertThat(page.body()).contains("<h1");
		assertThat(awaitStatus("/actuator/health", 200).body()).contains("\"status\":\"UP\"");
	}

	private static void clearCaches() {
		CacheManager caches = app.bean(CacheManager.class);
		caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
	}

	private static HttpResponse<String> awaitStatus(String path, int status) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		HttpResponse<String> response = app.http().get(path, "text/html,application/json");
		while (response.statusCode() != status && System.nanoTime() < deadline) {
			sleep();
			response = app.http().get(path, "text/html,application/json");
		}
		return response;
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
