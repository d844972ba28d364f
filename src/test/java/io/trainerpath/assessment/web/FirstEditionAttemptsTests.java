package io.trainerpath.assessment.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import io.trainerpath.support.AppInstance;
import io.trainerpath.support.EmbeddedPostgresHolder;
import io.trainerpath.support.Http;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attempts stored by the quiz's first edition, in the schema of the last migration before the second
 * (V21), keep working once the portal is upgraded: their scores and level stay as they were, and the
 * results say what the attempt could not have answered. On H2 and on PostgreSQL.
 */
class FirstEditionAttemptsTests {

	static final String TOKEN = "FirstEditionAttempt001";

	static final String FIRST_EDITION = "21";

	@TempDir
	Path dataDir;

	@Test
	void aFirstEditionResultStillShowsOnH2() {
		String url = AppInstance.h2File(dataDir);
		storeFirstEditionAttempt(url, "sa");

		try (AppInstance upgraded = AppInstance.startOnH2(url)) {
			assertResultsAsBefore(upgraded.http());
		}
	}

	@Test
	void aFirstEditionResultStillShowsOnPostgres() {
		String url = EmbeddedPostgresHolder.database("first_edition");
		storeFirstEditionAttempt(url, "postgres");

		try (AppInstance upgraded = AppInstance.start(url)) {
			assertResultsAsBefore(upgraded.http());
		}
	}

	/** The schema as the first edition left it, and one completed attempt saved the way it saved them. */
	private static void storeFirstEditionAttempt(String url, String user) {
		Flyway.configure().dataSource(url, user, "").target(FIRST_EDITION).load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, ""));
		jdbc.update("""
				INSERT INTO assessments (id, token, status, created_at, updated_at, completed_at, domain_slug,
				        years_of_experience, hours_per_week, employment, overall_score, level_slug, version)
				VALUES (9001, ?, 'COMPLETED', TIMESTAMP '2026-11-20 10:00:00', TIMESTAMP '2026-11-20 10:20:00',
				        TIMESTAMP '2026-11-20 10:20:00', 'medicine', 10, 20, 'employment-employee', 88,
				        'ready-for-expert-work', 1)""", TOKEN);
		jdbc.update("INSERT INTO assessment_work_types (assessment_id, work_type_slug) VALUES (9001, 'model-feedback')");
		// the best answer to every first-edition question, as a strong attempt gave them
		jdbc.update("""
				INSERT INTO assessment_answers (assessment_id, question_slug, option_slug)
				SELECT 9001, q.slug, (SELECT o.slug FROM assessment_options o WHERE o.question_slug = q.slug
				                      ORDER BY o.score DESC, o.position FETCH FIRST 1 ROWS ONLY)
				FROM assessment_questions q""");
		for (String skill : List.of("domain-expertise", "attention-to-detail", "analytical-thinking", "ai-ml-literacy",
				"communication", "adaptability")) {
			jdbc.update("INSERT INTO assessment_skill_scores (assessment_id, skill_slug, score) VALUES (9001, ?, ?)",
					skill, skill.equals("domain-expertise") ? 95 : 85);
		}
	}

	private static void assertResultsAsBefore(Http http) {
		HttpResponse<String> page = http.get("/assessment/" + TOKEN + "/results");
		HttpResponse<String> api = http.get("/api/v1/assessments/" + TOKEN, "application/json");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(">88<", "Ready for expert work", "95 out of 100",
				"This attempt was made before the quiz had a practice task",
				"Start now as: AI data trainer (with domain expertise).",
				"Tell us whether you have done annotation or AI-evaluation work");
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).contains("\"overallScore\":88", "\"slug\":\"ready-for-expert-work\"", "\"practice\":null",
				"\"unknownAnswers\":[");
	}

}
