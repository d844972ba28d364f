package io.trainerpath.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The practice task marked against its key, and the evidence the higher readiness levels ask for. */
class PracticeScoringTests {

	static final List<ReadinessLevel> LEVELS = List.of(new ReadinessLevel("getting-started", "Getting started", 0, "."),
			new ReadinessLevel("building-up", "Building up", 40, "."),
			new ReadinessLevel("ready-to-apply", "Ready to apply", 65, ".", 60, false, "."),
			new ReadinessLevel("ready-for-expert-work", "Ready for expert work", 85, ".", 75, true, "."));

	static final List<SkillWeight> WEIGHTS = List.of(new SkillWeight("attention-to-detail", 1, "."),
			new SkillWeight("analytical-thinking", 1, "."));

	final ReadinessScorer scorer = new ReadinessScorer();

	@Test
	void marksEachPracticeItemAgainstItsKey() {
		List<QuizQuestion> questions = questions(4);
		Map<String, String> answers = answers(questions, 3);

		assertThat(ReadinessScorer.practicePercent(questions, answers)).isEqualTo(75);
		assertThat(ReadinessScorer.practicePercent(questions, answers(questions, 0))).isZero();
		assertThat(ReadinessScorer.practicePercent(questions, answers(questions, 4))).isEqualTo(100);
	}

	@Test
	void knowsNoPracticeResultWhenTheTaskWasNotTakenWhole() {
		List<QuizQuestion> questions = questions(4);
		Map<String, String> partial = answers(questions, 4);
		partial.remove("item-0");

		assertThat(ReadinessScorer.practicePercent(questions, partial)).isNull();
		assertThat(ReadinessScorer.practicePercent(questions.subList(0, 2).stream()
			.map(q -> new QuizQuestion(q.slug(), q.skillSlug(), "self-rating", "?", null, "?", q.options()))
			.toList(), partial)).isNull();
	}

	@Test
	void countsPracticeItemsInTheirSkillsScores() {
		List<QuizQuestion> questions = questions(4);

		ReadinessResult half = scorer.score(questions, WEIGHTS, LEVELS, answers(questions, 2), true);

		assertThat(half.skillScores()).containsEntry("attention-to-detail", 50).containsEntry("analytical-thinking", 50);
		assertThat(half.practicePercent()).isEqualTo(50);
	}

	@Test
	void asksForPracticeEvidenceBeforeReadyToApplyAndAFieldBeforeExpertWork() {
		assertThat(scorer.levelFor(90, 59, true, LEVELS).slug()).isEqualTo("building-up");
		assertThat(scorer.levelFor(90, null, true, LEVELS).slug()).isEqualTo("building-up");
		assertThat(scorer.levelFor(90, 60, true, LEVELS).slug()).isEqualTo("ready-to-apply");
		assertThat(scorer.levelFor(90, 75, false, LEVELS).slug()).isEqualTo("ready-to-apply");
		assertThat(scorer.levelFor(90, 75, true, LEVELS).slug()).isEqualTo("ready-for-expert-work");
		assertThat(scorer.levelFor(30, 100, true, LEVELS).slug()).isEqualTo("getting-started");
	}

	/** Practice items alternating between two skills, each with a key worth 100 and a wrong label. */
	private static List<QuizQuestion> questions(int count) {
		List<QuizQuestion> questions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			questions.add(new QuizQuestion("item-" + i, i % 2 == 0 ? "attention-to-detail" : "analytical-thinking",
					"scenario", "message " + i, null, "message " + i,
					List.of(new QuizOption("item-" + i + "-key", "Billing", 100), new QuizOption("item-" + i + "-no", "Access", 0)),
					null, true));
		}
		return questions;
	}

	/** The first {@code right} items answered with their key, the rest wrongly. */
	private static Map<String, String> answers(List<QuizQuestion> questions, int right) {
		Map<String, String> answers = new HashMap<>();
		for (int i = 0; i < questions.size(); i++) {
			answers.put(questions.get(i).slug(), questions.get(i).slug() + (i < right ? "-key" : "-no"));
		}
		return answers;
	}

}
