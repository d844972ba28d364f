package io.trainerpath.assessment.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizOption;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.assessment.ReadinessLevel;
import io.trainerpath.assessment.Reason;
import io.trainerpath.assessment.Recommendations;
import io.trainerpath.assessment.Recommender;
import io.trainerpath.assessment.RuleMatch;
import io.trainerpath.assessment.SkillWeight;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.Platform;
import io.trainerpath.catalog.RoadmapStep;
import io.trainerpath.catalog.Skill;
import io.trainerpath.catalog.WorkType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns a completed assessment's stored scores into what the results page shows: the rules as data
 * decide the suggestions, and the catalog supplies names, roadmap steps, roles and pay bands.
 */
@Component
class ResultsBuilder {

	private final Catalog catalog;

	private final Recommender recommender = new Recommender();

	ResultsBuilder(Catalog catalog) {
		this.catalog = catalog;
	}

	Results build(Assessment assessment, Optional<Assessment> previous, Quiz quiz) {
		List<String> order = quiz.weights().stream().map(SkillWeight::skillSlug).toList();
		Map<String, Integer> scores = assessment.skillScores(order);
		Map<String, Integer> previousScores = previous.filter(Assessment::isCompleted)
			.map(p -> p.skillScores(order))
			.orElse(Map.of());
		int years = assessment.getYearsOfExperience();
		Recommendations recommendations = recommender.recommend(quiz.rules(), scores, assessment.getOverallScore(),
				years);

		List<Results.SkillLine> skills = quiz.weights()
			.stream()
			.map(weight -> new Results.SkillLine(skill(weight.skillSlug()), scores.get(weight.skillSlug()),
					weight.weight(), previousScores.containsKey(weight.skillSlug())
							? scores.get(weight.skillSlug()) - previousScores.get(weight.skillSlug()) : null))
			.toList();
		Map<String, String> answers = assessment.answers();
		List<Results.Gap> gaps = recommendations.gaps().stream().map(slug -> gap(slug, scores, answers, quiz)).toList();

		RuleMatch startMatch = recommendations.start();
		Results.Start start = new Results.Start(catalog.careerRole(startMatch.rule().careerRoleSlug()).orElseThrow(),
				catalog.payBand(startMatch.rule().payBandSlug()).orElseThrow(), startMatch.rule().explanation(),
				reasons(startMatch.reasons()));
		List<Results.WorkTypeLine> workTypes = recommendations.workTypes()
			.stream()
			.map(match -> new Results.WorkTypeLine(catalog.workType(match.rule().workTypeSlug()).orElseThrow(),
					match.rule().explanation(), reasons(match.reasons()),
					assessment.getWorkTypes().contains(match.rule().workTypeSlug())))
			.toList();
		List<WorkType> appealing = catalog.workTypes()
			.stream()
			.filter(type -> assessment.getWorkTypes().contains(type.getSlug()))
			.toList();

		String salaryPath = UriComponentsBuilder.fromPath("/salary")
			.queryParam("band", start.band().getSlug())
			.queryParam("domain", assessment.getDomainSlug())
			.queryParam("hours", assessment.getHoursPerWeek())
			.queryParam("employment", assessment.getEmployment())
			.build()
			.encode()
			.toUriString();
		ReadinessLevel level = quiz.level(assessment.getLevelSlug()).orElseThrow();
		List<Results.WeightLine> weights = quiz.weights()
			.stream()
			.map(weight -> new Results.WeightLine(skill(weight.skillSlug()), weight.weight(), weight.reason()))
			.toList();
		return new Results(assessment.getToken(), assessment.getOverallScore(), level, skills,
				recommendations.strengths().stream().map(this::skill).toList(), gaps, start, workTypes, appealing,
				catalog.domain(assessment.getDomainSlug()).orElseThrow(), years, assessment.getHoursPerWeek(),
				salaryPath, weights, quiz.levels(), !previousScores.isEmpty());
	}

	private Results.Gap gap(String skillSlug, Map<String, Integer> scores, Map<String, String> answers, Quiz quiz) {
		// the answer that pulled this skill down most is the reason we give for working on it
		QuizQuestion weakestQuestion = null;
		QuizOption weakestAnswer = null;
		for (QuizQuestion question : quiz.questionsOfSkill(skillSlug)) {
			Optional<QuizOption> chosen = question.option(answers.getOrDefault(question.slug(), ""));
			if (chosen.isPresent() && (weakestAnswer == null || chosen.get().score() < weakestAnswer.score())) {
				weakestQuestion = question;
				weakestAnswer = chosen.get();
			}
		}
		Skill skill = skill(skillSlug);
		return new Results.Gap(skill, scores.get(skillSlug), weakestQuestion, weakestAnswer,
				catalog.roadmapStepsBuilding(skill)
					.stream()
					.sorted(Comparator.comparingInt(RoadmapStep::getPosition))
					.map(step -> new Results.StepLine(step,
							step.getPlatforms().stream().sorted(Comparator.comparingInt(Platform::getPosition)).toList()))
					.toList());
	}

	private List<Results.ReasonLine> reasons(List<Reason> reasons) {
		return reasons.stream()
			.map(reason -> new Results.ReasonLine(reason.kind(),
					reason.skillSlug() == null ? null : skill(reason.skillSlug()), reason.actual(), reason.required()))
			.toList();
	}

	private Skill skill(String slug) {
		return catalog.skill(slug).orElseThrow();
	}

}
