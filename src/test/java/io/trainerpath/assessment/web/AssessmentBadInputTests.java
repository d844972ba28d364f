package io.trainerpath.assessment.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.trainerpath.assessment.web.QuizClient.location;
import static org.assertj.core.api.Assertions.assertThat;

/** Tampered or broken requests get a clear 4xx page and change nothing; none of them is a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentBadInputTests {

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	Quiz quiz;

	QuizClient client;

	String token;

	String base;

	@BeforeEach
	void startADraftWithTheFirstSkillAnswered() {
		quiz = assessments.quiz();
		client = new QuizClient(new Http(port));
		client.get("/assessment");
		token = QuizClient.tokenIn(location(client.post("/assessment", Map.of())));
		base = "/assessment/" + token;
		client.get(base + "/step/1");
		client.post(base + "/step/1", QuizAnswers.profile("medicine", "10", "20", "employment-employee"));
		client.get(base + "/step/2");
		client.post(base + "/step/2", QuizAnswers.forStep(quiz, 2, QuizAnswers.WORST));
		client.get(base + "/step/3");
	}

	@Test
	void refusesAnOptionThatDoesNotExist() {
		Map<String, String> answers = QuizAnswers.forStep(quiz, 3, QuizAnswers.BEST);
		answers.put(quiz.questionsOfStep(3).get(0).slug(), "no-such-option");

		assertRefusedAndUnchanged(client.post(base + "/step/3", answers), 400);
	}

	@Test
	void refusesAnOptionOfAnotherQuestion() {
		List<QuizQuestion> questions = quiz.questionsOfStep(3);
		Map<String, String> answers = QuizAnswers.forStep(quiz, 3, QuizAnswers.BEST);
		answers.put(questions.get(0).slug(), questions.get(1).options().get(0).slug());

		assertRefusedAndUnchanged(client.post(base + "/step/3", answers), 400);
	}

	@Test
	void refusesAnAnswerPostedToAnotherStep() {
		Map<String, String> answers = QuizAnswers.forStep(quiz, 3, QuizAnswers.BEST);
		answers.putAll(QuizAnswers.forStep(quiz, 4, QuizAnswers.BEST));

		assertRefusedAndUnchanged(client.post(base + "/step/3", answers), 400);
		assertRefusedAndUnchanged(client.post(base + "/step/2", QuizAnswers.forStep(quiz, 3, QuizAnswers.BEST)), 400);
	}

	@Test
	void refusesARepeatedField() {
		List<Map.Entry<String, String>> fields = new ArrayList<>(
				QuizAnswers.forStep(quiz, 3, QuizAnswers.BEST).entrySet());
		QuizQuestion first = quiz.questionsOfStep(3).get(0);
		fields.add(Map.entry(first.slug(), QuizAnswers.WORST.apply(first).slug()));

		assertRefusedAndUnchanged(client.post(base + "/step/3", fields), 400);
		assertRefusedAndUnchanged(client.post(base + "/step/1", QuizAnswers.profile("law", "3", "20",
				"employment-employee", "model-feedback", "model-feedback")), 400);
	}

	@ParameterizedTest(name = "years {0}")
	@ValueSource(strings = { "-1", "61", "1000000000000", "ten", "3.5" })
	void showsYearsOutOfRangeOrNotAWholeNumberBesideTheField(String years) {
		HttpResponse<String> again = client.post(base + "/step/1",
				QuizAnswers.profile("law", years, "20", "employment-freelance"));

		assertShownAgainWithAnError(again, "years");
		assertThat(again.body()).contains("value=\"law\" selected=\"selected\"", "value=\"20\"",
				"value=\"employment-freelance\" checked=\"checked\"");
	}

	@ParameterizedTest(name = "hours {0}")
	@ValueSource(strings = { "0", "81", "-5", "lots" })
	void showsHoursOutOfRangeOrNotAWholeNumberBesideTheField(String hours) {
		HttpResponse<String> again = client.post(base + "/step/1",
				QuizAnswers.profile("law", "3", hours, "employment-employee"));

		assertShownAgainWithAnError(again, "hours");
		assertThat(again.body()).contains("value=\"law\" selected=\"selected\"", "value=\"3\"");
	}

	@Test
	void refusesUnknownProfileChoices() {
		assertRefusedAndUnchanged(
				client.post(base + "/step/1", QuizAnswers.profile("astrology", "3", "20", "employment-employee")), 400);
		assertRefusedAndUnchanged(client.post(base + "/step/1", QuizAnswers.profile("law", "3", "20", "company-startup")),
				400);
		assertRefusedAndUnchanged(
				client.post(base + "/step/1", QuizAnswers.profile("law", "3", "20", "employment-employee", "knitting")),
				400);
	}

	@Test
	void refusesAHugeBody() {
		String huge = "_csrf=" + client.csrfField() + "&" + quiz.questionsOfStep(3).get(0).slug() + "="
				+ "x".repeat(200_000);

		// refused unread by the site-wide body limit (system/BodySizeLimitFilter)
		assertRefusedAndUnchanged(client.postRaw(base + "/step/3", huge), 413);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/assessment/not-a-token", "/assessment/AAAAAAAAAAAAAAAAAAAAAA",
			"/assessment/AAAAAAAAAAAAAAAAAAAAAA/results", "/assessment/AAAAAAAAAAAAAAAAAAAAA%21/step/2",
			"/assessment/AAAAAAAAAAAAAAAAAAAAAA/delete" })
	void answersNotFoundForATokenThatIsNotOne(String path) {
		HttpResponse<String> response = client.get(path);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page");
	}

	@ParameterizedTest(name = "step {0}")
	@ValueSource(strings = { "0", "9", "99", "two", "-1" })
	void answersNotFoundForAStepThatDoesNotExist(String step) {
		assertThat(client.get(base + "/step/" + step).statusCode()).isEqualTo(404);
		assertRefusedAndUnchanged(client.post(base + "/step/" + step, QuizAnswers.forStep(quiz, 3, QuizAnswers.BEST)),
				404);
	}

	@Test
	void keepsACompletedAssessmentUnchangedWhenOldStepPostsAreReplayed() {
		for (int step = 3; step <= quiz.stepCount(); step++) {
			client.get(base + "/step/" + step);
			client.post(base + "/step/" + step, QuizAnswers.forStep(quiz, step, QuizAnswers.WORST));
		}
		client.get(base + "/check");
		client.post(base + "/complete", Map.of());
		Assessment completed = assessments.find(token).orElseThrow();

		HttpResponse<String> replay = client.post(base + "/step/2", QuizAnswers.forStep(quiz, 2, QuizAnswers.BEST));
		HttpResponse<String> replayProfile = client.post(base + "/step/1",
				QuizAnswers.profile("law", "1", "5", "employment-freelance"));
		HttpResponse<String> completeAgain = client.post(base + "/complete", Map.of());

		assertThat(replay.statusCode()).isEqualTo(409);
		assertThat(replayProfile.statusCode()).isEqualTo(409);
		assertThat(location(completeAgain)).isEqualTo(base + "/results");
		Assessment after = assessments.find(token).orElseThrow();
		assertThat(after.answers()).isEqualTo(completed.answers());
		assertThat(after.getDomainSlug()).isEqualTo("medicine");
		assertThat(after.getOverallScore()).isEqualTo(completed.getOverallScore()).isZero();
		assertThat(location(client.get(base + "/step/2"))).isEqualTo(base + "/results");
	}

	@Test
	void sendsADraftToItsFirstUnansweredStepInsteadOfScoringIt() {
		assertThat(location(client.post(base + "/complete", Map.of()))).isEqualTo(base + "/step/3");
		assertThat(location(client.get(base + "/check"))).isEqualTo(base + "/step/3");
		assertThat(location(client.get(base + "/results"))).isEqualTo(base);
		assertThat(assessments.find(token).orElseThrow().isCompleted()).isFalse();
	}

	@Test
	void refusesToRetakeADraft() {
		assertRefusedAndUnchanged(client.post(base + "/retake", Map.of()), 400);
	}

	/** The step again (200), the error beside the field and in the summary, and nothing stored changed. */
	private void assertShownAgainWithAnError(HttpResponse<String> again, String field) {
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(HtmlChecker.errors(again.body())).isEmpty();
		assertThat(again.body()).contains("There is a problem", "href=\"#" + field + "\"", "id=\"" + field + "-error\"",
				"aria-describedby=\"" + field + "-hint " + field + "-error\"");
		assertRefusedAndUnchanged(again, 200);
	}

	private void assertRefusedAndUnchanged(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(response.body()).doesNotContain("Exception", "at io.trainerpath");
		Assessment after = assessments.find(token).orElseThrow();
		assertThat(after.answers()).isEqualTo(QuizAnswers.forStep(quiz, 2, QuizAnswers.WORST));
		assertThat(after.getDomainSlug()).isEqualTo("medicine");
		assertThat(after.getYearsOfExperience()).isEqualTo(10);
		assertThat(after.getWorkTypes()).isEmpty();
	}

}
