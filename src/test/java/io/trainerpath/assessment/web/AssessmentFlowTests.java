package io.trainerpath.assessment.web;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Plans;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.assessment.ReadinessResult;
import io.trainerpath.assessment.ReadinessScorer;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.trainerpath.assessment.web.QuizClient.location;
import static org.assertj.core.api.Assertions.assertThat;

/** The quiz through real HTTP, as a browser without JavaScript would use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	@Autowired
	Plans plans;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Quiz quiz;

	@BeforeEach
	void readQuiz() {
		quiz = assessments.quiz();
	}

	@Test
	void walksEveryStepResumesInAFreshClientChangesAnAnswerAndShowsTheResults() {
		QuizClient client = new QuizClient(new Http(port));
		HttpResponse<String> startPage = client.get("/assessment");
		assertThat(startPage.statusCode()).isEqualTo(200);
		assertThat(startPage.body()).contains("Deep domain expertise", "secret link");

		HttpResponse<String> started = client.post("/assessment", Map.of());
		assertThat(started.statusCode()).isEqualTo(302);
		String token = QuizClient.tokenIn(location(started));
		assertThat(location(started)).isEqualTo("/assessment/" + token + "/step/1");
		String base = "/assessment/" + token;

		HttpResponse<String> about = client.get(base + "/step/1");
		assertThat(about.body()).contains("Step 1 of 8", "<progress", "About you");
		HttpResponse<String> savedProfile = client.post(base + "/step/1",
				QuizAnswers.profile("medicine", "12", "20", "employment-freelance", "model-feedback"));
		assertThat(location(savedProfile)).isEqualTo(base + "/step/2");

		Map<String, String> chosen = new LinkedHashMap<>();
		for (int step = 2; step <= 3; step++) {
			client.get(base + "/step/" + step);
			Map<String, String> answers = QuizAnswers.forStep(quiz, step, QuizAnswers.BEST);
			chosen.putAll(answers);
			assertThat(location(client.post(base + "/step/" + step, answers))).isEqualTo(base + "/step/" + (step + 1));
		}

		HttpResponse<String> step4 = client.get(base + "/step/4");
		assertThat(step4.body()).contains("Step 4 of 8", "href=\"" + base + "/step/3\"");
		HttpResponse<String> back = client.get(base + "/step/3");
		QuizQuestion firstOfStep3 = quiz.questionsOfStep(3).get(0);
		assertThat(back.body()).containsPattern(
				"value=\"" + chosen.get(firstOfStep3.slug()) + "\" checked=\"checked\"");
		HttpResponse<String> backToProfile = client.get(base + "/step/1");
		assertThat(backToProfile.body()).contains("value=\"medicine\" selected=\"selected\"", "value=\"12\"");

		QuizClient fresh = new QuizClient(new Http(port));
		HttpResponse<String> resumed = fresh.get(base);
		assertThat(resumed.statusCode()).isEqualTo(302);
		assertThat(location(resumed)).isEqualTo(base + "/step/4");
		for (int step = 4; step <= quiz.stepCount(); step++) {
			assertThat(fresh.get(base + "/step/" + step).statusCode()).isEqualTo(200);
			Map<String, String> answers = QuizAnswers.forStep(quiz, step,
					step == 5 ? QuizAnswers.WORST : QuizAnswers.BEST);
			chosen.putAll(answers);
			String next = step == quiz.stepCount() ? base + "/check" : base + "/step/" + (step + 1);
			assertThat(location(fresh.post(base + "/step/" + step, answers))).isEqualTo(next);
		}

		HttpResponse<String> check = fresh.get(base + "/check");
		assertThat(check.statusCode()).isEqualTo(200);
		assertThat(HtmlChecker.errors(check.body())).isEmpty();
		assertThat(check.body()).contains("Medicine and healthcare", "Check your answers",
				base + "/step/2?change=true");
		QuizQuestion changed = quiz.questionsOfStep(2).get(0);
		String changedTo = QuizAnswers.WORST.apply(changed).slug();
		assertThat(check.body()).contains(changed.option(chosen.get(changed.slug())).orElseThrow().label());

		fresh.get(base + "/step/2?change=true");
		Map<String, String> changedStep = QuizAnswers.forStep(quiz, 2, QuizAnswers.BEST);
		changedStep.put(changed.slug(), changedTo);
		changedStep.put("change", "true");
		assertThat(location(fresh.post(base + "/step/2", changedStep))).isEqualTo(base + "/check");
		chosen.put(changed.slug(), changedTo);
		assertThat(fresh.get(base + "/check").body())
			.contains(changed.option(changedTo).orElseThrow().label());

		HttpResponse<String> completed = fresh.post(base + "/complete", Map.of());
		assertThat(location(completed)).isEqualTo(base + "/results");
		HttpResponse<String> results = fresh.get(base + "/results");
		assertThat(results.statusCode()).isEqualTo(200);
		assertThat(results.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
		assertThat(results.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(HtmlChecker.errors(results.body())).isEmpty();

		ReadinessResult expected = new ReadinessScorer().score(quiz.questions(), quiz.weights(), quiz.levels(),
				chosen, true);
		assertThat(results.body()).contains(">" + expected.overall() + "<", expected.level().name(),
				"How your result is worked out", "/salary?band=", "domain=medicine", "hours=20",
				"rel=\"noopener noreferrer\"", "Because", "broad estimate", "Your plan", "The practice task");
		expected.skillScores().values().forEach(score -> assertThat(results.body()).contains(score + " out of 100"));

		HttpResponse<String> resumedAfterwards = new QuizClient(new Http(port)).get(base);
		assertThat(location(resumedAfterwards)).isEqualTo(base + "/results");
	}

	@Test
	void showsTheChangePerSkillAfterARetake() {
		QuizClient client = new QuizClient(new Http(port));
		String first = completeQuiz(client, "law", "2", QuizAnswers.WORST);

		client.get("/assessment/" + first + "/results");
		HttpResponse<String> retake = client.post("/assessment/" + first + "/retake", Map.of());
		assertThat(retake.statusCode()).isEqualTo(302);
		String second = QuizClient.tokenIn(location(retake));
		assertThat(second).isNotEqualTo(first);
		assertThat(client.get("/assessment/" + second + "/step/1").body())
			.contains("value=\"law\" selected=\"selected\"");
		String done = completeQuiz(client, second, "law", "2", QuizAnswers.BEST);

		String results = client.get("/assessment/" + done + "/results").body();
		assertThat(results).contains("Up 100 since last time");
		assertThat(client.get("/assessment/" + first + "/results").body()).doesNotContain("since last time");

		// The results were shown; deleting the earlier attempt takes the comparison away.
		assertThat(client.get("/assessment/" + done + "/results").body()).contains("Up 100 since last time");
		assertThat(plans.deleteAttempt(first)).isEqualTo(Plans.Deleted.ATTEMPT);
		assertThat(client.get("/assessment/" + done + "/results").body()).doesNotContain("since last time")
			.contains("out of 100");
	}

	@Test
	void resultsAreNeverKeptForOthersAndEachVisitorGetsAWorkingToken() {
		QuizClient owner = new QuizClient(new Http(port));
		String token = completeQuiz(owner, "law", "3", QuizAnswers.BEST);
		String results = "/assessment/" + token + "/results";
		String firstRendering = owner.get(results).body();

		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		HttpResponse<String> again = owner.get(results);
		QuizClient friend = new QuizClient(new Http(port));
		HttpResponse<String> forFriend = friend.get(results);
		statistics.setStatisticsEnabled(false);

		// Personal pages stay out of the shared page cache: each answer is read from the database.
		assertThat(statistics.getPrepareStatementCount()).as("JPA statements for pages shown again").isPositive();
		assertThat(withoutToken(again.body())).isEqualTo(withoutToken(firstRendering));
		assertThat(withoutToken(forFriend.body())).isEqualTo(withoutToken(firstRendering));
		assertThat(forFriend.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
		assertThat(forFriend.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("no-store"));
		assertThat(forFriend.headers().firstValue("ETag")).isEmpty();
		assertThat(friend.csrfField()).isNotEqualTo(owner.csrfField());
		assertThat(location(friend.post("/assessment/" + token + "/retake", Map.of()))).startsWith("/assessment/");
		assertThat(location(owner.post("/assessment/" + token + "/retake", Map.of()))).startsWith("/assessment/");
	}

	@Test
	void showsAStepWithMissingAnswersAgainWithEachMarkedAndTheGivenOnesKept() {
		QuizClient client = new QuizClient(new Http(port));
		String token = startWithProfile(client, "linguistics", "5", "10");
		String base = "/assessment/" + token;
		client.get(base + "/step/2");
		var questions = quiz.questionsOfStep(2);
		Map<String, String> partial = Map.of(questions.get(0).slug(), QuizAnswers.BEST.apply(questions.get(0)).slug());

		HttpResponse<String> again = client.post(base + "/step/2", partial);

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(HtmlChecker.errors(again.body())).isEmpty();
		assertThat(again.body()).contains("There is a problem",
				"value=\"" + partial.get(questions.get(0).slug()) + "\" checked=\"checked\"");
		for (QuizQuestion missing : questions.subList(1, questions.size())) {
			assertThat(again.body()).contains("href=\"#" + missing.slug() + "\"", "id=\"" + missing.slug() + "-error\"",
					"Choose an answer about " + missing.shortPrompt());
		}
		assertThat(assessments.find(token).orElseThrow().answers()).isEmpty();
	}

	@Test
	void showsTheProfileStepAgainWhenFieldsAreMissing() {
		QuizClient client = new QuizClient(new Http(port));
		client.get("/assessment");
		String token = QuizClient.tokenIn(location(client.post("/assessment", Map.of())));
		client.get("/assessment/" + token + "/step/1");

		HttpResponse<String> again = client.post("/assessment/" + token + "/step/1",
				QuizAnswers.profile("", "", "30", ""));

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(HtmlChecker.errors(again.body())).isEmpty();
		assertThat(again.body()).contains("href=\"#domain\"", "href=\"#years\"", "href=\"#employment\"",
				"value=\"30\"").doesNotContain("href=\"#hours\"");
		assertThat(assessments.find(token).orElseThrow().profile()).isEmpty();
	}

	@Test
	void deletesBehindAConfirmationAndTheLinkThenSaysItWasDeleted() {
		QuizClient client = new QuizClient(new Http(port));
		String token = completeQuiz(client, "finance", "4", QuizAnswers.BEST);
		String base = "/assessment/" + token;

		HttpResponse<String> confirm = client.get(base + "/delete");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(HtmlChecker.errors(confirm.body())).isEmpty();
		assertThat(confirm.body()).contains("This is the only attempt in your plan", "Yes, delete everything",
				"method=\"post\"");
		assertThat(assessments.find(token)).isPresent();

		HttpResponse<String> deleted = client.post(base + "/delete", Map.of());
		assertThat(location(deleted)).isEqualTo("/plan/deleted");
		String deletedPage = client.get("/plan/deleted").body();
		assertThat(deletedPage).contains("Your data has been deleted");
		assertThat(HtmlChecker.errors(deletedPage)).isEmpty();
		HttpResponse<String> gone = client.get(base + "/results");
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(gone.body()).contains("This was deleted");
		assertThat(client.get(base).statusCode()).isEqualTo(410);
		assertThat(client.get("/assessment/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
		assertThat(assessments.find(token)).isEmpty();
	}

	private static String withoutToken(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\"");
	}

	private String startWithProfile(QuizClient client, String domain, String years, String hours) {
		client.get("/assessment");
		String token = QuizClient.tokenIn(location(client.post("/assessment", Map.of())));
		client.get("/assessment/" + token + "/step/1");
		client.post("/assessment/" + token + "/step/1",
				QuizAnswers.profile(domain, years, hours, "employment-employee"));
		return token;
	}

	private String completeQuiz(QuizClient client, String domain, String years,
			java.util.function.Function<QuizQuestion, io.trainerpath.assessment.QuizOption> pick) {
		client.get("/assessment");
		String token = QuizClient.tokenIn(location(client.post("/assessment", Map.of())));
		return completeQuiz(client, token, domain, years, pick);
	}

	private String completeQuiz(QuizClient client, String token, String domain, String years,
			java.util.function.Function<QuizQuestion, io.trainerpath.assessment.QuizOption> pick) {
		String base = "/assessment/" + token;
		client.get(base + "/step/1");
		client.post(base + "/step/1", QuizAnswers.profile(domain, years, "40", "employment-employee"));
		for (int step = 2; step <= quiz.stepCount(); step++) {
			client.get(base + "/step/" + step);
			client.post(base + "/step/" + step, QuizAnswers.forStep(quiz, step, pick));
		}
		client.get(base + "/check");
		assertThat(location(client.post(base + "/complete", Map.of()))).isEqualTo(base + "/results");
		return token;
	}

}
