package io.trainerpath.assessment.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Plan;
import io.trainerpath.assessment.Plans;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizOption;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.assessment.StepProgress;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.trainerpath.assessment.web.QuizClient.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's plan over real HTTP, as a browser without JavaScript uses it: one private link for every
 * attempt, steps ticked and annotated, kept across a retake, and forms that refuse what they should
 * without changing anything stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	@Autowired
	Plans plans;

	Quiz quiz;

	@BeforeEach
	void readQuiz() {
		quiz = assessments.quiz();
	}

	@Test
	void aRetakeKeepsOnePlanWithBothAttemptsAndTheOldLinkLeadsToTheNewest() {
		QuizClient client = new QuizClient(new Http(port));
		String first = completeQuiz(client, start(client), QuizAnswers.WORST);
		String results = client.get("/assessment/" + first + "/results").body();
		String plan = QuizClient.planIn(results);
		assertThat(results).contains("Open your plan", "Your private link", "/plan/" + plan);

		String retake = QuizClient.tokenIn(location(client.post("/assessment/" + first + "/retake", Map.of())));
		// A second click, or another tab, finds the draft already begun rather than starting another.
		client.get("/assessment/" + first + "/results");
		assertThat(QuizClient.tokenIn(location(client.post("/assessment/" + first + "/retake", Map.of()))))
			.isEqualTo(retake);
		assertThat(client.get("/assessment/" + retake + "/step/1").body()).contains("/plan/" + plan);
		String draftPlan = client.get("/plan/" + plan).body();
		assertThat(draftPlan).contains("You have started the quiz again", "/assessment/" + retake);
		completeQuiz(client, retake, QuizAnswers.BEST);

		String page = client.get("/plan/" + plan).body();
		assertThat(HtmlChecker.errors(page)).isEmpty();
		assertThat(page).contains("Attempt 1, started", "Attempt 2, started", "<polyline", "What changed since your last attempt",
				"went from", "Scores out of 100, by finished attempt", "TrainerPath, your preparation plan. Printed on",
				"http://localhost:" + port + "/plan/" + plan);
		assertThat(plans.attempts(plans.find(plan).orElseThrow())).hasSize(2);

		String old = client.get("/assessment/" + first + "/results").body();
		assertThat(old).contains("This is attempt 1 of 2", "href=\"/assessment/" + retake + "\"",
				"href=\"/plan/" + plan + "\"");
		assertThat(location(client.get("/assessment/" + retake))).isEqualTo("/assessment/" + retake + "/results");
		assertThat(client.get("/assessment/" + retake + "/results").body()).doesNotContain("This is attempt");
	}

	@Test
	void ticksAndNotesSurviveARetakeAndStepsItDropsKeepTheirNotes() {
		QuizClient client = new QuizClient(new Http(port));
		String first = completeQuiz(client, start(client), QuizAnswers.WORST);
		String plan = QuizClient.planIn(client.get("/assessment/" + first + "/results").body());
		List<String> steps = QuizClient.stepsIn(client.get("/plan/" + plan).body());
		assertThat(steps).contains("practise-guidelines", "take-ai-course");

		assertThat(location(client.saveStep(plan, "take-ai-course", "DONE", "Finished the free course")))
			.isEqualTo("/plan/" + plan + "?saved=take-ai-course#step-take-ai-course");
		client.saveStep(plan, "practise-guidelines", "IN_PROGRESS", "Halfway");
		client.saveStep(plan, "practise-guidelines", "NOT_STARTED", "Halfway");
		String page = client.get("/plan/" + plan + "?saved=take-ai-course").body();
		assertThat(page).contains("Saved: ", "1 of " + steps.size() + " steps done", "Finished the free course");
		assertThat(progress(plan, "practise-guidelines").getStatus()).isEqualTo(StepProgress.Status.NOT_STARTED);

		// The retake scores well, so the guideline practice drops out of the plan; the course stays.
		String retake = QuizClient.tokenIn(location(client.post("/assessment/" + first + "/retake", Map.of())));
		completeQuiz(client, retake, QuizAnswers.BEST);
		String after = client.get("/plan/" + plan).body();
		assertThat(QuizClient.stepsIn(after)).contains("take-ai-course", "practise-guidelines");
		assertThat(after).contains("Steps from an earlier plan", "Halfway", "Finished the free course");
		assertThat(after.indexOf("Steps from an earlier plan")).isLessThan(after.indexOf("id=\"step-practise-guidelines\""));
		assertThat(progress(plan, "take-ai-course").getStatus()).isEqualTo(StepProgress.Status.DONE);
	}

	@Test
	void theTimeAheadCountsOnlyOneOffStepsNotDoneAtThePersonsHours() {
		QuizClient client = new QuizClient(new Http(port));
		String token = completeQuiz(client, start(client), QuizAnswers.WORST);
		String plan = QuizClient.planIn(client.get("/assessment/" + token + "/results").body());
		Plan stored = plans.find(plan).orElseThrow();
		int before = aheadHours(client.get("/plan/" + plan).body());

		client.saveStep(plan, "take-ai-course", "DONE", "");
		int after = aheadHours(client.get("/plan/" + plan).body());

		int courseHours = assessments.advice().nextSteps().stream()
			.filter(step -> step.slug().equals("take-ai-course")).findFirst().orElseThrow().hours();
		assertThat(before - after).isEqualTo(courseHours);
		assertThat(client.get("/plan/" + plan).body()).contains("at the 40 hours a week you said you could give");
		assertThat(plans.progress(stored)).hasSize(1);
	}

	@Test
	void aFormThatCannotBeStoredComesBackWithItsValuesAndChangesNothing() {
		QuizClient client = new QuizClient(new Http(port));
		String token = completeQuiz(client, start(client), QuizAnswers.WORST);
		String plan = QuizClient.planIn(client.get("/assessment/" + token + "/results").body());
		client.saveStep(plan, "take-ai-course", "IN_PROGRESS", "Started");
		String page = client.get("/plan/" + plan).body();
		String version = QuizClient.versionIn(page, "take-ai-course");
		String path = "/plan/" + plan + "/steps/take-ai-course";

		HttpResponse<String> tooLong = client.post(path, Map.of("status", "DONE", "note", "x".repeat(501), "version", version));
		assertThat(tooLong.statusCode()).isEqualTo(200);
		assertThat(HtmlChecker.errors(tooLong.body())).isEmpty();
		assertThat(tooLong.body()).contains("There is a problem", "href=\"#note-take-ai-course\"",
				"Keep your note to 500 characters or fewer", "x".repeat(501));

		HttpResponse<String> control = client.post(path, Map.of("status", "DONE", "note", "bell\u0007here", "version", version));
		assertThat(control.body()).contains("invisible control characters");

		HttpResponse<String> noStatus = client.post(path, Map.of("note", "fine", "version", version));
		assertThat(noStatus.body()).contains("href=\"#status-take-ai-course\"", "Choose how far you are with this step");
		HttpResponse<String> badStatus = client.post(path, Map.of("status", "FINISHED", "note", "", "version", version));
		assertThat(badStatus.body()).contains("Choose how far you are with this step");

		assertThat(client.post(path, Map.of("status", "DONE", "note", "", "version", version, "extra", "1")).statusCode())
			.isEqualTo(400);
		assertThat(client.post(path, Map.of("status", "DONE", "note", "")).statusCode()).isEqualTo(400);
		assertThat(client.post(path, Map.of("status", "DONE", "note", "", "version", "abc")).statusCode()).isEqualTo(400);
		assertThat(client.post("/plan/" + plan + "/steps/no-such-step", Map.of("status", "DONE", "note", "", "version", "-1"))
			.statusCode()).isEqualTo(404);
		assertThat(client.post("/plan/" + plan + "/steps/first-task-senior",
				Map.of("status", "DONE", "note", "", "version", "-1")).statusCode()).isEqualTo(404);
		assertThat(client.post(path, Map.of("status", "DONE", "note", "y".repeat(100_000), "version", version)).statusCode())
			.isEqualTo(413);
		HttpResponse<String> edited = client.get("/plan/" + plan + "?saved=%3Cscript%3Ex&unchanged=no-such-step");
		assertThat(edited.statusCode()).isEqualTo(200);
		assertThat(edited.body()).doesNotContain("Saved:", "Nothing to change", "<script>x");
		assertThat(client.get("/plan/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
		assertThat(client.get("/plan/not-a-token").statusCode()).isEqualTo(404);

		StepProgress stored = progress(plan, "take-ai-course");
		assertThat(stored.getStatus()).isEqualTo(StepProgress.Status.IN_PROGRESS);
		assertThat(stored.getNote()).isEqualTo("Started");
	}

	@Test
	void aNoteIsPlainTextWhateverItHolds() {
		QuizClient client = new QuizClient(new Http(port));
		String token = completeQuiz(client, start(client), QuizAnswers.WORST);
		String plan = QuizClient.planIn(client.get("/assessment/" + token + "/results").body());

		client.saveStep(plan, "take-ai-course", "DONE", "<script>alert('x')</script>\r\nline two & \u00e9\u00e8 \u4e2d\u6587 \ud83d\ude00");
		String page = client.get("/plan/" + plan).body();

		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
		assertThat(HtmlChecker.errors(page)).isEmpty();
		assertThat(progress(plan, "take-ai-course").getNote())
			.isEqualTo("<script>alert('x')</script>\nline two & \u00e9\u00e8 \u4e2d\u6587 \ud83d\ude00");
	}

	@Test
	void aStaleTabIsToldAndADoubleSubmitChangesNothing() {
		QuizClient client = new QuizClient(new Http(port));
		String token = completeQuiz(client, start(client), QuizAnswers.WORST);
		String plan = QuizClient.planIn(client.get("/assessment/" + token + "/results").body());
		String path = "/plan/" + plan + "/steps/take-ai-course";
		String seen = QuizClient.versionIn(client.get("/plan/" + plan).body(), "take-ai-course");

		HttpResponse<String> firstTab = client.post(path, Map.of("status", "DONE", "note", "From tab one", "version", seen));
		assertThat(location(firstTab)).contains("?saved=take-ai-course");
		HttpResponse<String> again = client.post(path, Map.of("status", "DONE", "note", "From tab one", "version", seen));
		assertThat(location(again)).contains("?unchanged=take-ai-course");
		assertThat(client.get(location(again)).body()).contains("Nothing to change");

		HttpResponse<String> secondTab = client.post(path, Map.of("status", "IN_PROGRESS", "note", "From tab two", "version", seen));
		assertThat(secondTab.statusCode()).isEqualTo(409);
		assertThat(HtmlChecker.errors(secondTab.body())).isEmpty();
		assertThat(secondTab.body()).contains("changed in another tab", "From tab two");
		assertThat(progress(plan, "take-ai-course").getNote()).isEqualTo("From tab one");
	}

	@Test
	void saveRacesEndWithOneWinnerAndNoServerError() throws Exception {
		QuizClient client = new QuizClient(new Http(port));
		String token = completeQuiz(client, start(client), QuizAnswers.WORST);
		String plan = QuizClient.planIn(client.get("/assessment/" + token + "/results").body());
		client.get("/plan/" + plan);
		String path = "/plan/" + plan + "/steps/take-ai-course";

		int racers = 8;
		ExecutorService threads = Executors.newFixedThreadPool(racers);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> sent = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			String note = "Racer " + i;
			Callable<HttpResponse<String>> save = () -> {
				go.await();
				return client.post(path, Map.of("status", "DONE", "note", note, "version", "-1"));
			};
			sent.add(threads.submit(save));
		}
		go.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<HttpResponse<String>> response : sent) {
			statuses.add(response.get().statusCode());
		}
		threads.shutdown();

		assertThat(statuses).containsOnly(302, 409);
		assertThat(statuses).filteredOn(status -> status == 302).hasSize(1);
		assertThat(progress(plan, "take-ai-course").getNote()).startsWith("Racer ");
	}

	@Test
	void thePrivatePagesStayPrivate() {
		QuizClient client = new QuizClient(new Http(port));
		String token = completeQuiz(client, start(client), QuizAnswers.WORST);
		String plan = QuizClient.planIn(client.get("/assessment/" + token + "/results").body());

		HttpResponse<String> page = client.get("/plan/" + plan);
		assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		assertThat(page.headers().firstValue("X-Robots-Tag")).contains("noindex, nofollow");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValueSatisfying(
				value -> assertThat(value).isIn("no-referrer", "same-origin", "strict-origin",
						"strict-origin-when-cross-origin"));
		HttpResponse<String> export = client.get("/plan/" + plan + "/export");
		assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).startsWith("attachment;").contains("trainerpath-plan-"));
		assertThat(export.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
	}

	private StepProgress progress(String plan, String step) {
		return plans.progress(plans.find(plan).orElseThrow())
			.stream()
			.filter(record -> record.getStepSlug().equals(step))
			.findFirst()
			.orElseThrow();
	}

	private static int aheadHours(String page) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("About ([0-9]+) hours of one-off steps still ahead")
			.matcher(page);
		assertThat(matcher.find()).as("time ahead shown").isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static String start(QuizClient client) {
		client.get("/assessment");
		return QuizClient.tokenIn(location(client.post("/assessment", Map.of())));
	}

	private String completeQuiz(QuizClient client, String token, Function<QuizQuestion, QuizOption> pick) {
		String base = "/assessment/" + token;
		client.get(base + "/step/1");
		client.post(base + "/step/1", QuizAnswers.profile("medicine", "6", "40", "employment-employee"));
		for (int step = 2; step <= quiz.stepCount(); step++) {
			client.get(base + "/step/" + step);
			client.post(base + "/step/" + step, QuizAnswers.forStep(quiz, step, pick));
		}
		client.get(base + "/check");
		assertThat(location(client.post(base + "/complete", Map.of()))).isEqualTo(base + "/results");
		return token;
	}

}
