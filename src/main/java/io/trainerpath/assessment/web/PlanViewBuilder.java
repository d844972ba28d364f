package io.trainerpath.assessment.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.NextStep;
import io.trainerpath.assessment.Plan;
import io.trainerpath.assessment.Plans;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.StepProgress;
import io.trainerpath.catalog.Catalog;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Puts a plan page together: the plan's steps come from the latest completed attempt's results, in the
 * same order and wording, and each carries what the person recorded on it. Steps a retake left out but
 * which hold a record stay visible as "earlier steps", so no note is ever hidden.
 */
@Component
class PlanViewBuilder {

	private final Assessments assessments;

	private final Plans plans;

	private final ResultsBuilder resultsBuilder;

	private final Catalog catalog;

	PlanViewBuilder(Assessments assessments, Plans plans, ResultsBuilder resultsBuilder, Catalog catalog) {
		this.assessments = assessments;
		this.plans = plans;
		this.resultsBuilder = resultsBuilder;
		this.catalog = catalog;
	}

	/** What the form of one step sent when it could not be stored, shown instead of the record. */
	record Sent(String slug, StepForm form, Map<String, String> errors) {
	}

	/** The plan's address, the one link a person needs to keep. */
	static String address(Plan plan) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/plan/{token}").buildAndExpand(plan.getToken())
			.toUriString();
	}

	/** The slugs of the steps a form may name: those in the plan now, and those with a record. */
	Set<String> stepsOf(Plan plan) {
		Set<String> slugs = new LinkedHashSet<>();
		latestResults(plan).ifPresent(results -> results.plan()
			.forEach(phase -> phase.steps().forEach(step -> slugs.add(step.slug()))));
		plans.progress(plan).forEach(record -> slugs.add(record.getStepSlug()));
		return slugs;
	}

	PlanView build(Plan plan, PlanView.Message message, Sent sent) {
		Quiz quiz = assessments.quiz();
		List<Assessment> attempts = plans.attempts(plan);
		List<PlanView.Attempt> numbered = new ArrayList<>();
		for (int i = 0; i < attempts.size(); i++) {
			Assessment attempt = attempts.get(i);
			numbered.add(new PlanView.Attempt(i + 1, attempt.getToken(), attempt.getCreatedAt(),
					attempt.getCompletedAt(), attempt.getOverallScore(),
					attempt.isCompleted() ? quiz.level(attempt.getLevelSlug()).orElseThrow().name() : null));
		}
		PlanView.Attempt draft = numbered.stream().filter(a -> !a.completed()).reduce((a, b) -> b).orElse(null);
		List<Assessment> completed = attempts.stream().filter(Assessment::isCompleted).toList();
		Map<String, StepProgress> records = plans.progress(plan)
			.stream()
			.collect(Collectors.toMap(StepProgress::getStepSlug, Function.identity()));

		Results latest = completed.isEmpty() ? null : results(completed.get(completed.size() - 1), quiz);
		List<PlanView.Phase> phases = latest == null ? List.of() : latest.plan()
			.stream()
			.map(phase -> new PlanView.Phase(phase.phase(),
					phase.steps().stream().map(step -> step(step, records.get(step.slug()), sent)).toList()))
			.toList();
		Set<String> inPlan = phases.stream()
			.flatMap(phase -> phase.steps().stream())
			.map(PlanView.Step::slug)
			.collect(Collectors.toSet());
		List<PlanView.Step> earlier = earlierSteps(records, inPlan, sent);

		List<PlanView.Step> all = phases.stream().flatMap(phase -> phase.steps().stream()).toList();
		int done = (int) all.stream().filter(PlanView.Step::isDone).count();
		PlanView.Ahead ahead = latest == null ? null : ahead(all, latest.hours());
		ScoreHistory history = ScoreHistory.of(numbered.stream().filter(PlanView.Attempt::completed).toList(),
				completed, quiz, catalog);
		return new PlanView(plan.getToken(), address(plan), LocalDate.now(ZoneOffset.UTC), numbered, draft, latest,
				phases, done, all.size(), ahead, earlier, history, message);
	}

	private Optional<Results> latestResults(Plan plan) {
		List<Assessment> completed = plans.attempts(plan).stream().filter(Assessment::isCompleted).toList();
		return completed.isEmpty() ? Optional.empty()
				: Optional.of(results(completed.get(completed.size() - 1), assessments.quiz()));
	}

	private Results results(Assessment attempt, Quiz quiz) {
		return resultsBuilder.build(attempt, assessments.previousOf(attempt), quiz, assessments.advice());
	}

	private static PlanView.Step step(Results.Step step, StepProgress record, Sent sent) {
		StepProgress.Status saved = record == null ? StepProgress.Status.NOT_STARTED : record.getStatus();
		if (sent != null && sent.slug().equals(step.slug())) {
			return new PlanView.Step(step.slug(), step.title(), step.text(), step.time(), step.because(), step.hours(),
					step.ongoing(), saved, sent.form().status(), sent.form().note(), version(record), sent.errors());
		}
		return new PlanView.Step(step.slug(), step.title(), step.text(), step.time(), step.because(), step.hours(),
				step.ongoing(), saved, saved, record == null ? "" : record.getNote(), version(record), Map.of());
	}

	/** Steps with a record that the latest result no longer asks for, named as the data names them. */
	private List<PlanView.Step> earlierSteps(Map<String, StepProgress> records, Set<String> inPlan, Sent sent) {
		Map<String, NextStep> known = new LinkedHashMap<>();
		assessments.advice().nextSteps().forEach(step -> known.put(step.slug(), step));
		return known.values()
			.stream()
			.filter(step -> records.containsKey(step.slug()) && !inPlan.contains(step.slug()))
			.map(step -> step(new Results.Step(step.slug(), step.title().replace("{field}", "your field"), "", null, null, step.hours(),
					NextStep.ONGOING.equals(step.phase())), records.get(step.slug()), sent))
			.toList();
	}

	/** The one-off steps not yet done, in hours and in weeks at the hours the person gave. */
	private static PlanView.Ahead ahead(List<PlanView.Step> steps, int hoursPerWeek) {
		int hours = steps.stream().filter(step -> !step.ongoing() && !step.isDone()).mapToInt(PlanView.Step::hours).sum();
		int ongoing = steps.stream().filter(step -> step.ongoing() && !step.isDone()).mapToInt(PlanView.Step::hours).sum();
		return new PlanView.Ahead(hours, (hours + hoursPerWeek - 1) / hoursPerWeek, hoursPerWeek, ongoing);
	}

	private static int version(StepProgress record) {
		return record == null ? Plans.NEVER_SAVED : record.getVersion();
	}

}
