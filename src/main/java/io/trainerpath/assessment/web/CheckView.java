package io.trainerpath.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.Profile;
import io.trainerpath.assessment.ProfileChoices;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.PayFactorOption;
import io.trainerpath.catalog.WorkType;

/** The "check your answers" page: every answer as the person saw it, and the step that changes it. */
record CheckView(String token, AboutYou aboutYou, SkillAnswers practice, List<SkillAnswers> skills) {

	record AboutYou(String field, int years, int hours, List<String> workTypes, String employment, String annotation,
			List<String> languages, List<String> preparation) {
	}

	record SkillAnswers(String skill, int step, List<Answer> answers) {
	}

	/** {@code shortPrompt} is what a screen reader hears after "Change". */
	record Answer(String prompt, String shortPrompt, String answer) {
	}

	static CheckView of(Assessment assessment, Quiz quiz, Catalog catalog, List<PayFactorOption> employmentOptions) {
		Profile profile = assessment.profile().orElseThrow();
		ProfileChoices choices = quiz.choices();
		AboutYou aboutYou = new AboutYou(catalog.domain(profile.domainSlug()).orElseThrow().getName(),
				profile.yearsOfExperience(), profile.hoursPerWeek(),
				catalog.workTypes()
					.stream()
					.filter(type -> profile.workTypes().contains(type.getSlug()))
					.map(WorkType::getName)
					.toList(),
				employmentOptions.stream()
					.filter(option -> option.getSlug().equals(profile.employment()))
					.findFirst()
					.orElseThrow()
					.getLabel(),
				Optional.ofNullable(profile.annotationExperience())
					.flatMap(choices::annotationExperience)
					.map(ProfileChoices.AnnotationExperience::label)
					.orElse(null),
				profile.languages() == null ? List.of() : profile.languages()
					.entrySet()
					.stream()
					.map(language -> choices.language(language.getKey()).orElseThrow().label() + " ("
							+ choices.languageLevel(language.getValue()).orElseThrow().label() + ")")
					.toList(),
				profile.preparation() == null ? List.of() : profile.preparation()
					.stream()
					.map(step -> choices.preparation(step).orElseThrow().label())
					.toList());
		Map<String, String> chosen = assessment.answers();
		boolean generalist = !profile.hasField();
		List<SkillAnswers> skills = quiz.weights()
			.stream()
			.map(weight -> new SkillAnswers(catalog.skill(weight.skillSlug()).orElseThrow().getName(),
					quiz.stepOfSkill(weight.skillSlug()),
					quiz.questionsOfSkill(weight.skillSlug())
						.stream()
						.filter(question -> !question.practice())
						.map(question -> answer(question, chosen, generalist))
						.toList()))
			.toList();
		SkillAnswers practice = new SkillAnswers(quiz.practice().title(), Quiz.PRACTICE_STEP,
				quiz.practiceItems().stream().map(item -> answer(item, chosen, generalist)).toList());
		return new CheckView(assessment.getToken(), aboutYou, practice, skills);
	}

	private static Answer answer(QuizQuestion question, Map<String, String> chosen, boolean generalist) {
		return new Answer(question.prompt(generalist), question.shortPrompt(),
				question.option(chosen.get(question.slug())).orElseThrow().label(generalist));
	}

}
