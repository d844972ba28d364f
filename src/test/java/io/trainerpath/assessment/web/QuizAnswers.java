package io.trainerpath.assessment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizOption;
import io.trainerpath.assessment.QuizQuestion;

/** Picks answers for tests from the quiz the database holds. */
final class QuizAnswers {

	static final Function<QuizQuestion, QuizOption> BEST = q -> q.options()
		.stream()
		.max(Comparator.comparingInt(QuizOption::score))
		.orElseThrow();

	static final Function<QuizQuestion, QuizOption> WORST = q -> q.options()
		.stream()
		.min(Comparator.comparingInt(QuizOption::score))
		.orElseThrow();

	private QuizAnswers() {
	}

	static Map<String, String> forStep(Quiz quiz, int step, Function<QuizQuestion, QuizOption> pick) {
		Map<String, String> answers = new LinkedHashMap<>();
		quiz.questionsOfStep(step).forEach(q -> answers.put(q.slug(), pick.apply(q).slug()));
		return answers;
	}

	static Map<String, String> all(Quiz quiz, Function<QuizQuestion, QuizOption> pick) {
		Map<String, String> answers = new LinkedHashMap<>();
		quiz.questions().forEach(q -> answers.put(q.slug(), pick.apply(q).slug()));
		return answers;
	}

	/** "About you" with no annotation work, languages or preparation; add fields for more. */
	static List<Map.Entry<String, String>> profile(String domain, String years, String hours, String employment,
			String... workTypes) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		fields.add(Map.entry("domain", domain));
		fields.add(Map.entry("years", years));
		fields.add(Map.entry("hours", hours));
		fields.add(Map.entry("employment", employment));
		fields.add(Map.entry("annotation", "none"));
		for (String type : workTypes) {
			fields.add(Map.entry("workTypes", type));
		}
		return fields;
	}

}
