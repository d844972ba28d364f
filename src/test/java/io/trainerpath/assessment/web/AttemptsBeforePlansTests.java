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
 * Attempts stored before plans existed (the schema of V24) are gathered into plans by V25: each chain
 * of retakes becomes one plan whose link is its first attempt's, so every link people hold keeps
 * working. On H2 and on PostgreSQL, with rows written the way the previous schema wrote them.
 */
class AttemptsBeforePlansTests {

	static final String BEFORE_PLANS = "24";

	static final String FIRST = "ChainFirstAttempt00001";

	static final String SECOND = "ChainSecondAttempt0001";

	static final String DRAFT = "ChainDraftAttempt00001";

	static final String ALONE = "AloneCompletedAttempt1";

	static final String UNTOUCHED = "UntouchedDraftAttempt1";

	@TempDir
	Path dataDir;

	@Test
	void gathersEarlierAttemptsIntoPlansOnH2() {
		String url = AppInstance.h2File(dataDir);
		storeAttemptsBeforePlans(url, "sa");

		try (AppInstance upgraded = AppInstance.startOnH2(url)) {
			assertGathered(upgraded.http(), new JdbcTemplate(new DriverManagerDataSource(url, "sa", "")));
		}
	}

	@Test
	void gathersEarlierAttemptsIntoPlansOnPostgres() {
		String url = EmbeddedPostgresHolder.database("before_plans");
		storeAttemptsBeforePlans(url, "postgres");

		try (AppInstance upgraded = AppInstance.start(url)) {
			assertGathered(upgraded.http(), new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "")));
		}
	}

	/**
	 * A chain of three attempts (two completed, then a retake still a draft), a completed attempt on its
	 * own, and a draft nobody answered, saved as the quiz's second edition saved them.
	 */
	private static void storeAttemptsBeforePlans(String url, String user) {
		Flyway.configure().dataSource(url, user, "").target(BEFORE_PLANS).load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, ""));
		completed(jdbc, 101, FIRST, null, "2026-11-01", 40);
		completed(jdbc, 102, SECOND, 101L, "2026-11-20", 70);
		jdbc.update("""
				INSERT INTO assessments (id, token, status, created_at, updated_at, previous_id, domain_slug,
				        years_of_experience, hours_per_week, employment, annotation_experience, version)
				VALUES (103, ?, 'DRAFT', TIMESTAMP '2026-12-01 09:00:00', TIMESTAMP '2026-12-01 09:00:00', 102,
				        'medicine', 10, 20, 'employment-employee', 'none', 0)""", DRAFT);
		completed(jdbc, 104, ALONE, null, "2026-11-15", 55);
		jdbc.update("""
				INSERT INTO assessments (id, token, status, created_at, updated_at, version)
				VALUES (105, ?, 'DRAFT', TIMESTAMP '2026-12-02 09:00:00', TIMESTAMP '2026-12-02 09:00:00', 0)""",
				UNTOUCHED);
	}

	private static void completed(JdbcTemplate jdbc, long id, String token, Long previous, String day, int score) {
		jdbc.update("""
				INSERT INTO assessments (id, token, status, created_at, updated_at, completed_at, previous_id,
				        domain_slug, years_of_experience, hours_per_week, employment, annotation_experience,
				        overall_score, level_slug, version)
				VALUES (?, ?, 'COMPLETED', CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP), ?,
				        'medicine', 10, 20, 'employment-employee', 'none', ?, 'building-up', 1)""",
				id, token, day + " 10:00:00", day + " 10:30:00", day + " 10:30:00", previous, score);
		jdbc.update("""
				INSERT INTO assessment_answers (assessment_id, question_slug, option_slug)
				SELECT ?, q.slug, (SELECT o.slug FROM assessment_options o WHERE o.question_slug = q.slug
				                   ORDER BY o.score, o.position FETCH FIRST 1 ROWS ONLY)
				FROM assessment_questions q""", id);
		for (String skill : List.of("domain-expertise", "attention-to-detail", "analytical-thinking", "ai-ml-literacy",
				"communication", "adaptability")) {
			jdbc.update("INSERT INTO assessment_skill_scores (assessment_id, skill_slug, score) VALUES (?, ?, ?)", id,
					skill, score);
		}
	}

	private static void assertGathered(Http http, JdbcTemplate jdbc) {
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plans", Integer.class)).isEqualTo(3);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessments WHERE plan_id IS NULL", Integer.class)).isZero();
		assertThat(jdbc.queryForList("SELECT DISTINCT p.token FROM assessments a JOIN plans p ON p.id = a.plan_id "
				+ "WHERE a.token IN (?, ?, ?)", String.class, FIRST, SECOND, DRAFT)).containsExactly(FIRST);

		HttpResponse<String> chain = http.get("/plan/" + FIRST);
		assertThat(chain.statusCode()).isEqualTo(200);
		assertThat(chain.body()).contains("Attempt 1, started 1 November 2026", "Attempt 2, started 20 November 2026",
				"Attempt 3, started 1 December 2026", "You have started the quiz again", "from 40 to 70");

		HttpResponse<String> older = http.get("/assessment/" + FIRST + "/results");
		assertThat(older.statusCode()).isEqualTo(200);
		assertThat(older.body()).contains("This is attempt 1 of 3", "href=\"/assessment/" + DRAFT + "\"",
				"href=\"/plan/" + FIRST + "\"");
		assertThat(http.get("/assessment/" + DRAFT).statusCode()).isEqualTo(302);

		assertThat(http.get("/plan/" + ALONE).body()).contains("Attempt 1, started 15 November 2026")
			.doesNotContain("Attempt 2");
		assertThat(http.get("/plan/" + UNTOUCHED).body()).contains("Your plan fills in once you finish the quiz");
	}

}
