package io.trainerpath.assessment.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.ReadinessResult;
import io.trainerpath.assessment.ReadinessScorer;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	@Autowired
	MeterRegistry meters;

	Http http;

	Quiz quiz;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		quiz = assessments.quiz();
	}

	@Test
	void listsEveryQuestionWithItsOptionsButNotTheirScores() {
		HttpResponse<String> response = http.get("/api/v1/assessment/questions", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("steps").asInt()).isEqualTo(8);
		assertThat(body.get("questions").size()).isEqualTo(quiz.questions().size()).isGreaterThanOrEqualTo(18);
		assertThat(body.get("questions").get(0).get("options").get(0).has("score")).isFalse();
		assertThat(body.get("weights").get(0).get("weight").asInt()).isEqualTo(2);
		assertThat(body.get("profile").get("domains").size()).isEqualTo(11);
		assertThat(response.body()).doesNotContain("\"score\"");
	}

	@Test
	void scoresAllAnswersAtOnceAndAnswersWithTheResultAndItsLocation() {
		double startedBefore = meters.counter("trainerpath.assessments.started").count();
		double completedBefore = meters.counter("trainerpath.assessments.completed").count();
		Map<String, String> answers = QuizAnswers.all(quiz, QuizAnswers.BEST);
		answers.put(quiz.questionsOfStep(4).get(0).slug(), QuizAnswers.WORST.apply(quiz.questionsOfStep(4).get(0)).slug());
		ReadinessResult expected = new ReadinessScorer().score(quiz.questions(), quiz.weights(), quiz.levels(), answers,
				true);

		HttpResponse<String> created = post(Map.of("domain", "medical-imaging", "yearsOfExperience", 9,
				"hoursPerWeek", 25, "employment", "employment-freelance", "workTypes", java.util.List.of("model-feedback"),
				"answers", answers));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(created.body());
		String token = body.get("token").asString();
		assertThat(created.headers().firstValue("Location")).hasValue(http.base() + "/api/v1/assessments/" + token);
		JsonNode result = body.get("result");
		assertThat(result.get("overallScore").asInt()).isEqualTo(expected.overall());
		assertThat(result.get("level").get("slug").asString()).isEqualTo(expected.level().slug());
		assertThat(result.get("skills").get(0).get("score").asInt())
			.isEqualTo(expected.skillScores().get("domain-expertise"));
		assertThat(result.get("start").get("payBand").get("slug").asString()).isIn("domain-trainer", "senior-expert");
		assertThat(result.get("weakestSkills").get(0).get("because").asString()).startsWith("Because of your answer about");
		assertThat(result.get("salaryEstimate").asString()).contains("/salary?band=", "domain=medical-imaging",
				"hours=25");
		assertThat(meters.counter("trainerpath.assessments.started").count()).isGreaterThanOrEqualTo(startedBefore + 1);
		assertThat(meters.counter("trainerpath.assessments.completed").count()).isGreaterThanOrEqualTo(completedBefore + 1);

		HttpResponse<String> read = http.get("/api/v1/assessments/" + token, "application/json");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(read.body()).get("result").get("overallScore").asInt()).isEqualTo(expected.overall());
		assertThat(http.get("/assessment/" + token + "/results").body()).contains("Medical imaging");

		HttpResponse<String> deleted = http.send(http.request("/api/v1/assessments/" + token).DELETE().build());
		assertThat(deleted.statusCode()).isEqualTo(204);
		HttpResponse<String> gone = http.get("/api/v1/assessments/" + token, "application/json");
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(http.send(http.request("/api/v1/assessments/" + token).DELETE().build()).statusCode())
			.isEqualTo(410);
		assertThat(http.get("/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAA", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void answersProblemDetailsForInvalidSubmissions() {
		Map<String, String> answers = QuizAnswers.all(quiz, QuizAnswers.BEST);
		Map<String, String> missingOne = new java.util.HashMap<>(answers);
		missingOne.remove(quiz.questions().get(0).slug());
		Map<String, String> extra = new java.util.HashMap<>(answers);
		extra.put("no-such-question", "x");
		Map<String, String> foreign = new java.util.HashMap<>(answers);
		foreign.put(quiz.questions().get(0).slug(), quiz.questions().get(1).options().get(0).slug());

		for (Object answerSet : java.util.List.of(missingOne, extra, foreign)) {
			assertProblem(post(Map.of("domain", "law", "yearsOfExperience", 3, "hoursPerWeek", 10, "employment",
					"employment-employee", "answers", answerSet)), 400);
		}
		assertProblem(post(Map.of("domain", "law", "yearsOfExperience", 300, "hoursPerWeek", 10, "employment",
				"employment-employee", "answers", answers)), 400);
		assertProblem(post(Map.of("domain", "nowhere", "yearsOfExperience", 3, "hoursPerWeek", 10, "employment",
				"employment-employee", "answers", answers)), 400);
		assertProblem(post(Map.of("yearsOfExperience", 3)), 400);
		assertProblem(http.send(http.request("/api/v1/assessments")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{not json"))
			.build()), 400);
		assertProblem(http.send(http.request("/api/v1/assessments")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"domain\":\"" + "x".repeat(100_000) + "\"}"))
			.build()), 413);
		assertProblem(http.get("/api/v1/assessments/not-a-token", "application/json"), 404);
	}

	private void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(status);
	}

	private HttpResponse<String> post(Map<String, Object> body) {
		return http.send(http.request("/api/v1/assessments")
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build());
	}

}
