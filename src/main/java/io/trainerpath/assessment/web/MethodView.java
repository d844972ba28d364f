package io.trainerpath.assessment.web;

import java.util.ArrayList;
import java.util.List;

import io.trainerpath.assessment.Advice;
import io.trainerpath.assessment.NextStep;
import io.trainerpath.assessment.PlacementRule;
import io.trainerpath.assessment.ProfileChoices;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.ReadinessLevel;
import io.trainerpath.assessment.web.Results.Line;
import io.trainerpath.catalog.Catalog;

/**
 * "How your result is worked out": every weight, level, placement rule and plan rule, straight from the
 * database, each condition in words.
 */
record MethodView(List<Weight> weights, List<ReadinessLevel> levels, int practiceItems, List<Rule> starts,
		List<Rule> branches, List<PlanRule> plan) {

	record Weight(String skill, int weight, String reason) {
	}

	record Rule(String role, String roleSlug, String band, List<Line> conditions, String reason) {
	}

	record PlanRule(String phase, String title, int hours, Line when) {
	}

	static MethodView of(Quiz quiz, Advice advice, Catalog catalog) {
		List<Weight> weights = quiz.weights()
			.stream()
			.map(w -> new Weight(catalog.skill(w.skillSlug()).orElseThrow().getName(), w.weight(), w.reason()))
			.toList();
		List<Rule> starts = new ArrayList<>();
		List<Rule> branches = new ArrayList<>();
		for (PlacementRule rule : advice.placementRules()) {
			Rule shown = new Rule(catalog.careerRole(rule.careerRoleSlug()).orElseThrow().getName(), rule.careerRoleSlug(),
					rule.payBandSlug() == null ? null : catalog.payBand(rule.payBandSlug()).orElseThrow().getName(),
					conditions(rule, quiz.choices()), rule.reason());
			(PlacementRule.START.equals(rule.kind()) ? starts : branches).add(shown);
		}
		List<PlanRule> plan = advice.nextSteps()
			.stream()
			.map(step -> new PlanRule(step.phase(), step.title().replace("{field}", "your field"), step.hours(),
					when(step, quiz.choices(), catalog)))
			.toList();
		return new MethodView(weights, quiz.levels(), quiz.practiceItems().size(), starts, branches, plan);
	}

	private static List<Line> conditions(PlacementRule rule, ProfileChoices choices) {
		List<Line> lines = new ArrayList<>();
		if (rule.minAnnotation() != null) {
			lines.add(new Line("assessment.method.condition.annotation", choices.annotationExperience()
				.stream()
				.filter(level -> level.depth() == rule.minAnnotation())
				.findFirst()
				.orElseThrow()
				.label()));
		}
		if (rule.needsField()) {
			lines.add(new Line("assessment.method.condition.field"));
		}
		if (rule.minYears() != null) {
			lines.add(new Line("assessment.method.condition.years", rule.minYears()));
		}
		if (rule.minDomainScore() != null) {
			lines.add(new Line("assessment.method.condition.domain", rule.minDomainScore()));
		}
		if (rule.minPractice() != null) {
			lines.add(new Line("assessment.method.condition.practice", rule.minPractice()));
		}
		if (lines.isEmpty()) {
			lines.add(new Line("assessment.method.condition.none"));
		}
		return List.copyOf(lines);
	}

	private static Line when(NextStep step, ProfileChoices choices, Catalog catalog) {
		String key = "assessment.method.when." + step.trigger();
		return switch (step.trigger()) {
			case "skill-below" -> new Line(key, catalog.skill(step.skillSlug()).orElseThrow().getName(), step.threshold());
			case "not-prepared" -> new Line(key, choices.preparation(step.preparationSlug()).orElseThrow().label());
			case "annotation-below" -> new Line(key, choices.annotationExperience()
				.stream()
				.filter(level -> level.depth() == step.threshold())
				.findFirst()
				.orElseThrow()
				.label());
			case "languages" -> new Line(key, step.threshold());
			case "start-role" -> new Line(key, catalog.careerRole(step.careerRoleSlug()).orElseThrow().getName());
			default -> new Line(key);
		};
	}

}
