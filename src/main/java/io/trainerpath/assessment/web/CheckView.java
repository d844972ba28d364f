package io.trainerpath.assessment.web;

import java.util.List;
import java.util.Map;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.Profile;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.PayFactorOption;
import io.trainerpath.catalog.WorkType;

/** The "check your answers" page: every answer as the person saw it, and the step that changes it. */
record CheckView(String token, AboutYou aboutYou, List<SkillAnswers> skills) {

	record AboutYou(String field, int years, int hours, List<String> workTypes, String employment) {
	}

	record SkillAnswers(String skill, int step, List<Answer> answers) {
	}

	/** {@code shortPrompt} is what a screen reader hears after "Change". */
	record Answer(String prompt, String shortPrompt, String answer) {
	}

	static CheckView of(Assessment assessment, Quiz quiz, Catalog catalog, List<PayFactorOption> employmentOptions) {
		Profile profile = assessment.profile().orElseThrow();
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
					.getLabel());
		Map<String, String> chosen = assessment.answers();
		List<SkillAnswers> skills = quiz.weights()
			.stream()
			.map(weight -> new SkillAnswers(catalog.skill(weight.skillSlug()).orElseThrow().getName(),
					quiz.stepOfSkill(weight.skillSlug()),
					quiz.questionsOfSkill(weight.skillSlug())
						.stream()
						.map(question -> new Answer(question.prompt(), question.shortPrompt(),
								question.option(chosen.get(question.slug())).orElseThrow().label()))
						.toList()))
			.toList();
		return new CheckView(assessment.getToken(), aboutYou, skills);
	}

}
