package io.trainerpath.assessment.web;

import java.net.http.HttpResponse;
import java.util.Map;

import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.support.AppInstance;
import io.trainerpath.support.EmbeddedPostgresHolder;
import io.trainerpath.support.TwoInstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.trainerpath.assessment.web.QuizClient.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz keeps nothing in an instance's memory: a visitor whose requests land on different instances
 * behind a load balancer, or on an instance restarted mid-quiz, carries on where they left off.
 */
@ExtendWith(TwoInstances.Shared.class)
class QuizAcrossInstancesTests {

	@Test
	void aQuizStartedOnOneInstanceIsFinishedOnTheOtherAndDeletedEverywhere(TwoInstances instances) {
		AppInstance first = instances.first();
		AppInstance second = instances.second();

		Quiz quiz = first.bean(Assessments.class).quiz();
		QuizClient onFirst = new QuizClient(first.http());
		String base = start(onFirst);
		answerSteps(onFirst, quiz, base, 1, 3);

		QuizClient onSecond = new QuizClient(second.http());
		assertThat(location(onSecond.get(base))).isEqualTo(base + "/step/4");
		answerSteps(onSecond, quiz, base, 4, quiz.stepCount());
		onSecond.get(base + "/check");
		assertThat(location(onSecond.post(base + "/complete", Map.of()))).isEqualTo(base + "/results");

		HttpResponse<String> resultsOnFirst = onFirst.get(base + "/results");
		assertThat(resultsOnFirst.statusCode()).isEqualTo(200);
		assertThat(resultsOnFirst.body()).contains("out of 100");
		assertThat(onSecond.get(base + "/results").body()).contains("out of 100");

		// The plan is the same on both: a step ticked on one is ticked on the other.
		String plan = "/plan/" + QuizClient.planIn(resultsOnFirst.body());
		String step = QuizClient.stepsIn(onFirst.get(plan).body()).get(0);
		assertThat(location(onFirst.saveStep(QuizClient.planIn(plan), step, "DONE", "Done on the first")))
			.startsWith(plan + "?saved=" + step);
		assertThat(onSecond.get(plan).body()).contains("Done on the first", "1 of ");

		onFirst.get(base + "/delete");
		assertThat(location(onFirst.post(base + "/delete", Map.of()))).isEqualTo("/plan/deleted");
		// Deleted on one instance, gone from the other.
		assertThat(onSecond.get(base + "/results").statusCode()).isEqualTo(410);
		assertThat(onSecond.get(plan).statusCode()).isEqualTo(410);
	}

	@Test
	void anInstanceStoppedMidQuizLosesNothing() {
		String database = EmbeddedPostgresHolder.database("quiz_restart");
		String base;
		Quiz quiz;
		try (AppInstance before = AppInstance.start(database)) {
			quiz = before.bean(Assessments.class).quiz();
			QuizClient client = new QuizClient(before.http());
			base = start(client);
			answerSteps(client, quiz, base, 1, 2);
		}

		try (AppInstance after = AppInstance.start(database)) {
			QuizClient client = new QuizClient(after.http());

			assertThat(location(client.get(base))).isEqualTo(base + "/step/3");
			assertThat(client.get(base + "/step/1").body()).contains("value=\"law\" selected=\"selected\"");
		}
	}

	private static String start(QuizClient client) {
		client.get("/assessment");
		HttpResponse<String> started = client.post("/assessment", Map.of());
		return "/assessment/" + QuizClient.tokenIn(location(started));
	}

	private static void answerSteps(QuizClient client, Quiz quiz, String base, int from, int to) {
		for (int step = from; step <= to; step++) {
			client.get(base + "/step/" + step);
			HttpResponse<String> saved = step == 1
					? client.post(base + "/step/1", QuizAnswers.profile("law", "6", "20", "employment-employee"))
					: client.post(base + "/step/" + step, QuizAnswers.forStep(quiz, step, QuizAnswers.BEST));
			assertThat(saved.statusCode()).as("step %d saved", step).isEqualTo(302);
		}
	}

}
