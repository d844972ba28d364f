package io.trainerpath.assessment.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizOption;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.trainerpath.assessment.web.QuizClient.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the quiz concludes for real people, taken through the pages over HTTP as they would: where
 * each could start now, what the next rung needs, and which steps their plan holds. The two ways of
 * gaming the quiz must not reach "Ready to apply".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuizPersonasTests {

	static final Function<QuizQuestion, QuizOption> LONGEST = q -> q.options()
		.stream()
		.max(Comparator.comparingInt(option -> option.label().length()))
		.orElseThrow();

	/** The most confident self-rating; for anything else, the longest answer. */
	static final Function<QuizQuestion, QuizOption> MOST_CONFIDENT = q -> q.isSelfRating()
			? q.options().get(q.options().size() - 1) : LONGEST.apply(q);

	/** A modest person: the second self-rating, and the best answer to situations and practice. */
	static final Function<QuizQuestion, QuizOption> MODEST = q -> q.isSelfRating() ? q.options().get(1)
			: QuizAnswers.BEST.apply(q);

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	Quiz quiz;

	@BeforeEach
	void loadQuiz() {
		quiz = assessments.quiz();
	}

	@Test
	void aDoctorNewToAnnotationStartsAsATrainerInMedicineWithSeniorAsTheNextRung() {
		String results = take(profile("medicine", "10", "10", "employment-employee", "none"), QuizAnswers.BEST);

		assertThat(results).contains("Start now as: AI data trainer (with domain expertise).",
				"The next rung: Senior data trainer", "annotation experience of at least \u201cPaid projects\u201d (you said: None yet)",
				"Try your first paid task in your field", "clinical notes",
				"band=domain-trainer", "experience=experience-new", "from=quiz")
			.doesNotContain("Start now as: Senior data trainer", "a short labelling batch");
	}

	@Test
	void aLawyerWhoLedReviewTeamsAndDidPaidEvaluationCanStartSeniorWithConsultingConsidered() {
		String results = take(profile("legal-document-review", "16", "25", "employment-freelance", "led",
				"model-feedback"), QuizAnswers.BEST);

		assertThat(results).contains("Start now as: Senior data trainer.", "Also worth considering",
				"Domain expert consultant", "Offer to review or write guidelines", "band=senior-expert",
				"experience=experience-seasoned");
	}

	@Test
	void aRetailWorkerWithNoFieldStartsAsAnEntryAnnotatorWithStepsWrittenForGeneralists() {
		List<String> pages = new ArrayList<>();
		String results = take(profile("general", "6", "15", "employment-employee", "none"), MODEST, pages);

		assertThat(results).contains("Start now as: Entry-level data annotator.", "Build a track record on everyday tasks",
				"Try your first paid task: a short labelling batch", "no particular field");
		assertThat(pages).allSatisfy(page -> assertThat(page).doesNotContainIgnoringCase("your field")
			.doesNotContainIgnoringCase("your profession"));
	}

	@Test
	void aLinguistFluentInThreeLanguagesIsPointedToWorkInThoseLanguages() {
		List<Map.Entry<String, String>> linguist = profile("linguistics", "8", "20", "employment-freelance", "tried");
		linguist.add(Map.entry("professionalLanguages", "english"));
		linguist.add(Map.entry("professionalLanguages", "spanish"));
		linguist.add(Map.entry("professionalLanguages", "french"));

		String results = take(linguist, QuizAnswers.BEST);

		assertThat(results).contains("Offer work in your languages", "English, Spanish, French",
				"translation checking");
	}

	@Test
	void alwaysPickingTheLongestAnswerDoesNotReachReadyToApply() {
		String token = tokenOf(profile("general", "0", "10", "employment-freelance", "none"), LONGEST);

		assertThat(assessments.find(token).orElseThrow().getLevelSlug()).isIn("getting-started", "building-up");
	}

	@Test
	void ratingYourselfAsConfidentlyAsPossibleWithNoFieldOrAnnotationWorkDoesNotReachReadyToApply() {
		String token = tokenOf(profile("general", "0", "10", "employment-freelance", "none"), MOST_CONFIDENT);

		assertThat(assessments.find(token).orElseThrow().getLevelSlug()).isIn("getting-started", "building-up");
	}

	private String take(List<Map.Entry<String, String>> profile, Function<QuizQuestion, QuizOption> pick) {
		return take(profile, pick, new ArrayList<>());
	}

	/** Takes the whole quiz through its pages, collecting every page seen, and returns the results page. */
	private String take(List<Map.Entry<String, String>> profile, Function<QuizQuestion, QuizOption> pick,
			List<String> pages) {
		QuizClient client = new QuizClient(new Http(port));
		String token = complete(client, profile, pick, pages);
		HttpResponse<String> results = client.get("/assessment/" + token + "/results");
		assertThat(results.statusCode()).isEqualTo(200);
		pages.add(results.body());
		return results.body();
	}

	private String tokenOf(List<Map.Entry<String, String>> profile, Function<QuizQuestion, QuizOption> pick) {
		return complete(new QuizClient(new Http(port)), profile, pick, new ArrayList<>());
	}

	private String complete(QuizClient client, List<Map.Entry<String, String>> profile,
			Function<QuizQuestion, QuizOption> pick, List<String> pages) {
		client.get("/assessment");
		String token = QuizClient.tokenIn(location(client.post("/assessment", Map.of())));
		String base = "/assessment/" + token;
		pages.add(client.get(base + "/step/1").body());
		assertThat(location(client.post(base + "/step/1", profile))).isEqualTo(base + "/step/2");
		for (int step = 2; step <= quiz.stepCount(); step++) {
			pages.add(client.get(base + "/step/" + step).body());
			client.post(base + "/step/" + step, QuizAnswers.forStep(quiz, step, pick));
		}
		pages.add(client.get(base + "/check").body());
		assertThat(location(client.post(base + "/complete", Map.of()))).isEqualTo(base + "/results");
		return token;
	}

	private static List<Map.Entry<String, String>> profile(String domain, String years, String hours,
			String employment, String annotation, String... workTypes) {
		List<Map.Entry<String, String>> fields = new ArrayList<>(
				QuizAnswers.profile(domain, years, hours, employment, workTypes));
		fields.removeIf(field -> field.getKey().equals("annotation"));
		fields.add(Map.entry("annotation", annotation));
		return fields;
	}

}
