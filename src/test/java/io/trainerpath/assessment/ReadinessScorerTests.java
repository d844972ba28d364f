package io.trainerpath.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import io.trainerpath.support.EveryCase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReadinessScorerTests {

	static final List<String> SKILLS = List.of("domain-expertise", "attention-to-detail", "analytical-thinking",
			"ai-ml-literacy", "communication", "adaptability");

	static final List<ReadinessLevel> LEVELS = List.of(new ReadinessLevel("getting-started", "Getting started", 0, "."),
			new ReadinessLevel("building-up", "Building up", 40, "."),
			new ReadinessLevel("ready-to-apply", "Ready to apply", 65, "."),
			new ReadinessLevel("ready-for-expert-work", "Ready for expert work", 85, "."));

	static final List<SkillWeight> WEIGHTS = SKILLS.stream()
		.map(skill -> new SkillWeight(skill, skill.equals("domain-expertise") ? 2 : 1, "."))
		.toList();

	final ReadinessScorer scorer = new ReadinessScorer();

	/** A quiz shaped like the real one, with random option scores; every question spans 0 to 100. */
	static List<QuizQuestion> randomQuestions(Random random) {
		List<QuizQuestion> questions = new ArrayList<>();
		for (String skill : SKILLS) {
			int count = 3 + random.nextInt(3);
			for (int q = 0; q < count; q++) {
				String slug = skill + "-" + q;
				List<QuizOption> options = new ArrayList<>();
				List<Integer> scores = new ArrayList<>(List.of(0, 100));
				int extra = 1 + random.nextInt(3);
				for (int i = 0; i < extra; i++) {
					scores.add(random.nextInt(101));
				}
				java.util.Collections.shuffle(scores, random);
				for (int i = 0; i < scores.size(); i++) {
					options.add(new QuizOption(slug + "-" + i, "option " + i, scores.get(i)));
				}
				questions.add(new QuizQuestion(slug, skill, q % 2 == 0 ? "self-rating" : "scenario", "?", null, "?",
						options));
			}
		}
		return questions;
	}

	static List<SkillWeight> randomWeights(Random random) {
		return SKILLS.stream().map(skill -> new SkillWeight(skill, 1 + random.nextInt(5), ".")).toList();
	}

	static Map<String, String> randomAnswers(List<QuizQuestion> questions, Random random) {
		Map<String, String> answers = new HashMap<>();
		questions.forEach(q -> answers.put(q.slug(), q.options().get(random.nextInt(q.options().size())).slug()));
		return answers;
	}

	/** One case: a quiz, its weights, an answer set, and a seed for any further random choice. */
	record AnswerSet(int number, List<QuizQuestion> questions, List<SkillWeight> weights,
			Map<String, String> answers, long seed) {

		@Override
		public String toString() {
			return "answer set " + number;
		}

	}

	/** 300 cases from one fixed seed. */
	static final List<AnswerSet> CASES = cases();

	static List<AnswerSet> cases() {
		Random random = new Random(20261126L);
		return IntStream.range(0, 300).mapToObj(i -> {
			List<QuizQuestion> questions = randomQuestions(random);
			List<SkillWeight> weights = i % 3 == 0 ? WEIGHTS : randomWeights(random);
			return new AnswerSet(i + 1, questions, weights, randomAnswers(questions, random), random.nextLong());
		}).toList();
	}

	@Test
	void scoresOneHundredAndTheTopLevelWhenEveryAnswerIsTheBest() {
		EveryCase.satisfy(CASES, AnswerSet::toString, set -> {
			List<QuizQuestion> questions = set.questions();
			List<SkillWeight> weights = set.weights();
			Map<String, String> best = new HashMap<>();
			questions.forEach(q -> best.put(q.slug(), q.options().stream()
				.max(java.util.Comparator.comparingInt(QuizOption::score)).orElseThrow().slug()));

			ReadinessResult result = scorer.score(questions, weights, LEVELS, best, true);

			assertThat(result.overall()).isEqualTo(100);
			assertThat(result.skillScores().values()).containsOnly(100);
			assertThat(result.level().slug()).isEqualTo("ready-for-expert-work");
		});
	}

	@Test
	void scoresZeroAndTheFirstLevelWhenEveryAnswerIsTheWorst() {
		EveryCase.satisfy(CASES, AnswerSet::toString, set -> {
			List<QuizQuestion> questions = set.questions();
			List<SkillWeight> weights = set.weights();
			Map<String, String> worst = new HashMap<>();
			questions.forEach(q -> worst.put(q.slug(), q.options().stream()
				.min(java.util.Comparator.comparingInt(QuizOption::score)).orElseThrow().slug()));

			ReadinessResult result = scorer.score(questions, weights, LEVELS, worst, true);

			assertThat(result.overall()).isZero();
			assertThat(result.skillScores().values()).containsOnly(0);
			assertThat(result.level().slug()).isEqualTo("getting-started");
		});
	}

	@Test
	void neverLowersAnyScoreWhenOneAnswerIsRaised() {
		EveryCase.satisfy(CASES, AnswerSet::toString, set -> {
			List<QuizQuestion> questions = set.questions();
			List<SkillWeight> weights = set.weights();
			Map<String, String> answers = set.answers();
			Random random = new Random(set.seed());
			QuizQuestion raised = questions.get(random.nextInt(questions.size()));
			int current = raised.option(answers.get(raised.slug())).orElseThrow().score();
			List<QuizOption> higher = raised.options().stream().filter(o -> o.score() >= current).toList();
			Map<String, String> better = new HashMap<>(answers);
			better.put(raised.slug(), higher.get(random.nextInt(higher.size())).slug());

			ReadinessResult before = scorer.score(questions, weights, LEVELS, answers, true);
			ReadinessResult after = scorer.score(questions, weights, LEVELS, better, true);

			assertThat(after.overall()).isGreaterThanOrEqualTo(before.overall());
			assertThat(after.level().minScore()).isGreaterThanOrEqualTo(before.level().minScore());
			SKILLS.forEach(skill -> assertThat(after.skillScores().get(skill))
				.as(skill).isGreaterThanOrEqualTo(before.skillScores().get(skill)));
		});
	}

	@Test
	void appliesTheWeightsAsStored() {
		EveryCase.satisfy(CASES, AnswerSet::toString, set -> {
			List<QuizQuestion> questions = set.questions();
			List<SkillWeight> weights = set.weights();
			Map<String, String> answers = set.answers();
			ReadinessResult result = scorer.score(questions, weights, LEVELS, answers, true);

			BigDecimal weighted = BigDecimal.ZERO;
			int total = 0;
			for (SkillWeight weight : weights) {
				List<Integer> chosen = questions.stream()
					.filter(q -> q.skillSlug().equals(weight.skillSlug()))
					.map(q -> q.option(answers.get(q.slug())).orElseThrow().score())
					.toList();
				BigDecimal skillScore = BigDecimal.valueOf(chosen.stream().mapToInt(Integer::intValue).sum())
					.divide(BigDecimal.valueOf(chosen.size()), 0, RoundingMode.HALF_UP);
				assertThat(result.skillScores().get(weight.skillSlug())).isEqualTo(skillScore.intValue());
				weighted = weighted.add(skillScore.multiply(BigDecimal.valueOf(weight.weight())));
				total += weight.weight();
			}
			assertThat(result.overall())
				.isEqualTo(weighted.divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).intValue());
			assertThat(result.skillScores().keySet()).containsExactlyElementsOf(SKILLS);
		});
	}

	@Test
	void countsDomainExpertiseDoubleWhenItsWeightIsTwo() {
		List<QuizQuestion> questions = randomQuestions(new Random(7));
		Map<String, String> answers = new LinkedHashMap<>();
		questions.forEach(q -> answers.put(q.slug(), q.options()
			.stream()
			.filter(o -> o.score() == (q.skillSlug().equals("domain-expertise") ? 100 : 0))
			.findFirst()
			.orElseThrow()
			.slug()));
		List<SkillWeight> equal = SKILLS.stream().map(skill -> new SkillWeight(skill, 1, ".")).toList();

		// 100 x 2 / 7 = 28.6 and 100 / 6 = 16.7
		assertThat(scorer.score(questions, WEIGHTS, LEVELS, answers, true).overall()).isEqualTo(29);
		assertThat(scorer.score(questions, equal, LEVELS, answers, true).overall()).isEqualTo(17);
	}

	@Test
	void placesAScoreOnALevelBoundaryInTheHigherLevel() {
		assertThat(scorer.levelFor(65, null, true, LEVELS).slug()).isEqualTo("ready-to-apply");
		assertThat(scorer.levelFor(64, null, true, LEVELS).slug()).isEqualTo("building-up");
		assertThat(scorer.levelFor(85, null, true, LEVELS).slug()).isEqualTo("ready-for-expert-work");
		assertThat(scorer.levelFor(39, null, true, LEVELS).slug()).isEqualTo("getting-started");
	}

	@Test
	void refusesAnUnansweredQuestionOrAnOptionOfAnotherQuestion() {
		List<QuizQuestion> questions = randomQuestions(new Random(3));
		Map<String, String> answers = randomAnswers(questions, new Random(4));
		Map<String, String> missing = new HashMap<>(answers);
		missing.remove(questions.get(0).slug());
		Map<String, String> foreign = new HashMap<>(answers);
		foreign.put(questions.get(0).slug(), questions.get(1).options().get(0).slug());

		assertThatIllegalArgumentException().isThrownBy(() -> scorer.score(questions, WEIGHTS, LEVELS, missing, true));
		assertThatIllegalArgumentException().isThrownBy(() -> scorer.score(questions, WEIGHTS, LEVELS, foreign, true));
	}

}
