package io.trainerpath.assessment.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.support.AppInstance;
import io.trainerpath.support.EmbeddedPostgresHolder;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.trainerpath.assessment.web.QuizClient.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a plan stores, on the databases the portal runs on: ticks and notes outlive a restart, the
 * export holds every stored field, and deleting the plan leaves no row of the person behind.
 */
class PlanStorageTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dataDir;

	@Test
	void ticksUnticksAndNotesOutliveARestartOnAnH2File() {
		String url = AppInstance.h2File(dataDir);
		String plan;
		try (AppInstance app = AppInstance.startOnH2(url)) {
			plan = tickAndUntick(new QuizClient(app.http()), app.bean(Assessments.class).quiz());
		}
		try (AppInstance app = AppInstance.startOnH2(url)) {
			assertTickedAndUnticked(new QuizClient(app.http()).get("/plan/" + plan).body());
		}
	}

	/**
	 * On PostgreSQL: the ticks outlive a restart; then the export holds every stored field, and deleting
	 * the plan, on the page or through the API, leaves no row of the person behind.
	 */
	@Test
	void onPostgresTicksOutliveARestartTheExportHoldsEveryFieldAndDeletingLeavesNoRow() {
		String url = EmbeddedPostgresHolder.database("plan_storage");
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
		Map<String, Integer> before;
		String plan;
		try (AppInstance app = AppInstance.start(url)) {
			before = rowCounts(jdbc);
			plan = tickAndUntick(new QuizClient(app.http()), app.bean(Assessments.class).quiz());
		}
		try (AppInstance app = AppInstance.start(url)) {
			QuizClient client = new QuizClient(app.http());
			assertTickedAndUnticked(client.get("/plan/" + plan).body());
			String first = jdbc.queryForObject("SELECT token FROM assessments WHERE plan_id = "
					+ "(SELECT id FROM plans WHERE token = ?)", String.class, plan);
			client.get("/assessment/" + first + "/results");
			String retake = QuizClient.tokenIn(location(client.post("/assessment/" + first + "/retake", Map.of())));
			assertThat(rowCounts(jdbc)).isNotEqualTo(before);

			JsonNode page = JSON.readTree(client.get("/plan/" + plan + "/export").body());
			JsonNode api = JSON.readTree(app.http().get("/api/v1/plans/" + plan, "application/json").body());
			assertThat(withoutExportTime(api)).isEqualTo(withoutExportTime(page));
			assertExportHoldsEveryRow(page, plan, jdbc);
			assertThat(page.get("attempts").get(1).get("token").asString()).isEqualTo(retake);
			assertThat(page.get("attempts").get(1).get("previousToken").asString()).isEqualTo(first);

			client.get("/plan/" + plan + "/delete");
			assertThat(location(client.post("/plan/" + plan + "/delete", Map.of()))).isEqualTo("/plan/deleted");

			Map<String, Integer> expected = new TreeMap<>(before);
			expected.merge("deleted_links", 3, Integer::sum); // the plan and both attempts
			assertThat(rowCounts(jdbc)).isEqualTo(expected);
			for (String link : List.of("/plan/" + plan, "/plan/" + plan + "/export", "/assessment/" + first + "/results",
					"/assessment/" + retake + "/step/1", "/assessment/" + first)) {
				HttpResponse<String> gone = client.get(link);
				assertThat(gone.statusCode()).as(link).isEqualTo(410);
				assertThat(gone.body()).contains("This was deleted");
			}
			HttpResponse<String> apiGone = app.http().get("/api/v1/plans/" + plan, "application/json");
			assertThat(apiGone.statusCode()).isEqualTo(410);
			assertThat(apiGone.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(jdbc.queryForList("SELECT token_hash FROM deleted_links", String.class))
				.allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}").isNotEqualTo(plan));

			String another = submit(app.http(), app.bean(Assessments.class).quiz());
			HttpRequest delete = app.http().request("/api/v1/plans/" + another).DELETE().build();
			assertThat(app.http().send(delete).statusCode()).isEqualTo(204);
			assertThat(app.http().send(delete).statusCode()).isEqualTo(410);
			expected.merge("deleted_links", 2, Integer::sum);
			assertThat(rowCounts(jdbc)).isEqualTo(expected);
			assertThat(app.http().get("/api/v1/plans/AAAAAAAAAAAAAAAAAAAAAA", "application/json").statusCode())
				.isEqualTo(404);
		}
	}

	/** Ticks one step, ticks another and takes it back, with notes on both; answers with the plan's token. */
	private static String tickAndUntick(QuizClient client, Quiz quiz) {
		String plan = submit(client.http, quiz);
		client.saveStep(plan, "take-ai-course", "DONE", "Course finished");
		client.saveStep(plan, "build-portfolio", "DONE", "Two samples so far");
		client.saveStep(plan, "build-portfolio", "NOT_STARTED", "Two samples so far, a third to redo");
		return plan;
	}

	private static void assertTickedAndUnticked(String page) {
		assertThat(page).contains("1 of ", "Course finished", "Two samples so far, a third to redo");
		assertThat(QuizClient.statusIn(page, "take-ai-course")).isEqualTo("Done");
		assertThat(QuizClient.statusIn(page, "build-portfolio")).isEqualTo("Not started");
	}

	/** Completes a quiz through the API, as a strong-willed beginner, and answers with the plan's token. */
	private static String submit(Http http, Quiz quiz) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("domain", "medicine");
		body.put("yearsOfExperience", 7);
		body.put("hoursPerWeek", 12);
		body.put("employment", "employment-freelance");
		body.put("workTypes", List.of("model-feedback", "annotation-labeling"));
		body.put("answers", QuizAnswers.all(quiz, QuizAnswers.WORST));
		body.put("annotationExperience", "tried");
		body.put("languages", Map.of("english", "professional", "french", "working"));
		body.put("preparation", List.of("community"));
		HttpResponse<String> created = http.send(http.request("/api/v1/assessments")
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build());
		assertThat(created.statusCode()).isEqualTo(201);
		return QuizClient.planIn(JSON.readTree(created.body()).get("links").get("planPage").asString());
	}

	/** Every row the person has, column by column, compared with the export. */
	private static void assertExportHoldsEveryRow(JsonNode export, String plan, JdbcTemplate jdbc) {
		assertThat(export.get("format").asString()).isEqualTo("trainerpath-plan/1");
		Map<String, Object> planRow = jdbc.queryForMap("SELECT * FROM plans WHERE token = ?", plan);
		assertThat(export.get("plan").get("token").asString()).isEqualTo(plan);
		assertTime(export.get("plan").get("createdAt"), planRow.get("created_at"));

		List<Map<String, Object>> attempts = jdbc.queryForList(
				"SELECT * FROM assessments WHERE plan_id = ? ORDER BY created_at, id", planRow.get("id"));
		assertThat(export.get("attempts").size()).isEqualTo(attempts.size());
		for (int i = 0; i < attempts.size(); i++) {
			Map<String, Object> row = attempts.get(i);
			JsonNode attempt = export.get("attempts").get(i);
			Object id = row.get("id");
			assertThat(attempt.get("token").asString()).isEqualTo(row.get("token"));
			assertThat(attempt.get("status").asString()).isEqualTo(row.get("status"));
			assertTime(attempt.get("createdAt"), row.get("created_at"));
			assertTime(attempt.get("updatedAt"), row.get("updated_at"));
			assertTime(attempt.get("completedAt"), row.get("completed_at"));
			JsonNode profile = attempt.get("profile");
			assertThat(profile.get("field").asString()).isEqualTo(row.get("domain_slug"));
			assertThat(profile.get("yearsOfExperience").asInt()).isEqualTo(row.get("years_of_experience"));
			assertThat(profile.get("hoursPerWeek").asInt()).isEqualTo(row.get("hours_per_week"));
			assertThat(profile.get("employment").asString()).isEqualTo(row.get("employment"));
			assertThat(profile.get("annotationExperience").asString()).isEqualTo(row.get("annotation_experience"));
			assertThat(profile.get("languages").isNull()).isEqualTo(!(Boolean) row.get("languages_given"));
			assertThat(profile.get("preparation").isNull()).isEqualTo(!(Boolean) row.get("preparation_given"));
			assertThat(strings(profile.get("workTypes"))).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
					"SELECT work_type_slug FROM assessment_work_types WHERE assessment_id = ?", String.class, id));
			assertThat(strings(profile.get("preparation"))).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
					"SELECT preparation_slug FROM assessment_preparation WHERE assessment_id = ?", String.class, id));
			assertThat(map(profile.get("languages"))).isEqualTo(pairs(jdbc,
					"SELECT language_slug, level_slug FROM assessment_languages WHERE assessment_id = ?", id));
			assertThat(map(attempt.get("answers"))).isEqualTo(pairs(jdbc,
					"SELECT question_slug, option_slug FROM assessment_answers WHERE assessment_id = ?", id));
			JsonNode result = attempt.get("result");
			if (row.get("overall_score") == null) {
				assertThat(result.isNull()).isTrue();
				continue;
			}
			assertThat(result.get("overallScore").asInt()).isEqualTo(row.get("overall_score"));
			assertThat(result.get("level").asString()).isEqualTo(row.get("level_slug"));
			Map<String, String> scores = new TreeMap<>();
			result.get("skillScores").properties().forEach(entry -> scores.put(entry.getKey(), entry.getValue().asString()));
			assertThat(scores).isEqualTo(pairs(jdbc,
					"SELECT skill_slug, CAST(score AS VARCHAR(3)) FROM assessment_skill_scores WHERE assessment_id = ?", id));
		}

		List<Map<String, Object>> steps = jdbc.queryForList(
				"SELECT * FROM plan_progress WHERE plan_id = ? ORDER BY step_slug", planRow.get("id"));
		assertThat(export.get("steps").size()).isEqualTo(steps.size()).isPositive();
		for (Map<String, Object> row : steps) {
			JsonNode step = null;
			for (JsonNode candidate : export.get("steps")) {
				if (candidate.get("step").asString().equals(row.get("step_slug"))) {
					step = candidate;
				}
			}
			assertThat(step).as("step %s exported", row.get("step_slug")).isNotNull();
			assertThat(step.get("status").asString()).isEqualTo(row.get("status"));
			assertThat(step.get("note").asString()).isEqualTo(row.get("note") == null ? "" : row.get("note"));
			assertTime(step.get("updatedAt"), row.get("updated_at"));
		}
	}

	private static void assertTime(JsonNode exported, Object stored) {
		if (stored == null) {
			assertThat(exported.isNull()).isTrue();
			return;
		}
		assertThat(LocalDateTime.parse(exported.asString())).isEqualTo(((Timestamp) stored).toLocalDateTime());
	}

	private static List<String> strings(JsonNode array) {
		return array == null || array.isNull() ? List.of() : array.valueStream().map(JsonNode::asString).toList();
	}

	private static Map<String, String> map(JsonNode object) {
		Map<String, String> map = new TreeMap<>();
		if (object != null && !object.isNull()) {
			object.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
		}
		return map;
	}

	private static Map<String, String> pairs(JdbcTemplate jdbc, String sql, Object id) {
		Map<String, String> pairs = new TreeMap<>();
		jdbc.query(sql, rs -> {
			pairs.put(rs.getString(1), rs.getString(2));
		}, id);
		return pairs;
	}

	private static JsonNode withoutExportTime(JsonNode export) {
		return ((tools.jackson.databind.node.ObjectNode) export.deepCopy()).without("exportedAt");
	}

	/** Rows in every table of the schema, Flyway's history included. */
	private static Map<String, Integer> rowCounts(JdbcTemplate jdbc) {
		Map<String, Integer> counts = new TreeMap<>();
		for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables "
				+ "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", String.class)) {
			counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Integer.class));
		}
		assertThat(counts).containsKeys("plans", "assessments", "plan_progress", "assessment_answers", "deleted_links");
		return counts;
	}

}
