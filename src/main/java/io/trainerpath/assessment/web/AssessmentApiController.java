package io.trainerpath.assessment.web;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.AssessmentLockedException;
import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.InvalidAnswersException;
import io.trainerpath.assessment.Plans;
import io.trainerpath.assessment.Profile;
import io.trainerpath.assessment.ProfileChoices;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.ReadinessLevel;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.PayBand;
import io.trainerpath.catalog.WeeklyHours;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Range;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The quiz as JSON: read the questions, submit every answer at once, read or delete the result. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class AssessmentApiController {

	private final Assessments assessments;

	private final Catalog catalog;

	private final ResultsBuilder resultsBuilder;

	private final MessageSource messages;

	private final Plans plans;

	AssessmentApiController(Assessments assessments, Catalog catalog, ResultsBuilder resultsBuilder,
			MessageSource messages, Plans plans) {
		this.assessments = assessments;
		this.plans = plans;
		this.catalog = catalog;
		this.resultsBuilder = resultsBuilder;
		this.messages = messages;
	}

	@GetMapping("/assessment/questions")
	QuestionsDocument questions() {
		Quiz quiz = assessments.quiz();
		ProfileChoices choices = quiz.choices();
		return new QuestionsDocument(quiz.stepCount(),
				new ProfileFields(catalog.domains().stream().map(d -> new Choice(d.getSlug(), d.getName())).toList(),
						catalog.workTypes().stream().map(w -> new Choice(w.getSlug(), w.getName())).toList(),
						assessments.employmentOptions().stream().map(o -> new Choice(o.getSlug(), o.getLabel())).toList(),
						Profile.MAX_YEARS, WeeklyHours.MIN, WeeklyHours.MAX,
						choices.annotationExperience().stream().map(a -> new Choice(a.slug(), a.label())).toList(),
						choices.languages().stream().map(l -> new Choice(l.slug(), l.label())).toList(),
						choices.languageLevels().stream().map(l -> new Choice(l.slug(), l.label())).toList(),
						choices.preparation().stream().map(p -> new Choice(p.slug(), p.label())).toList()),
				quiz.questions()
					.stream()
					.map(q -> new QuestionDocument(q.slug(), q.skillSlug(),
							q.practice() ? Quiz.PRACTICE_STEP : quiz.stepOfSkill(q.skillSlug()),
							q.practice() ? "practice" : q.kind(), q.prompt(), q.hint(),
							q.options().stream().map(o -> new Choice(o.slug(), o.label())).toList(), q.generalistPrompt()))
					.toList(),
				quiz.weights().stream().map(w -> new WeightDocument(w.skillSlug(), w.weight(), w.reason())).toList(),
				quiz.levels(), new PracticeTaskDocument(quiz.practice().title(), quiz.practice().guideline(),
						Quiz.PRACTICE_STEP));
	}

	@PostMapping(path = "/assessments", consumes = "application/json")
	ResponseEntity<AssessmentDocument> submit(@Valid @RequestBody Submission submission) {
		Assessment assessment = assessments.submit(submission.profile(), submission.answers());
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/assessments/{token}")
			.buildAndExpand(assessment.getToken())
			.toUri();
		return ResponseEntity.created(location).body(document(assessment));
	}

	@GetMapping("/assessments/{token}")
	AssessmentDocument show(@PathVariable String token) {
		return document(assessments.find(token).orElseThrow(() -> missing(token)));
	}

	/** Deletes this attempt; the plan's only attempt takes the plan with it, as on the page. */
	@DeleteMapping("/assessments/{token}")
	ResponseEntity<Void> delete(@PathVariable String token) {
		if (plans.deleteAttempt(token) == Plans.Deleted.NOTHING) {
			throw missing(token);
		}
		return ResponseEntity.noContent().build();
	}

	private ResponseStatusException missing(String token) {
		return plans.wasDeleted(token)
				? new ResponseStatusException(HttpStatus.GONE, "This assessment was deleted by its owner.")
				: new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no assessment with this token.");
	}

	@ExceptionHandler(InvalidAnswersException.class)
	ProblemDetail invalid(InvalidAnswersException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid answers");
		return problem;
	}

	@ExceptionHandler(AssessmentLockedException.class)
	ProblemDetail locked(AssessmentLockedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	private AssessmentDocument document(Assessment assessment) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String plan = plans.planOf(assessment).getToken();
		Links links = new Links(base + "/api/v1/assessments/" + assessment.getToken(),
				base + "/assessment/" + assessment.getToken() + (assessment.isCompleted() ? "/results" : ""),
				base + "/api/v1/plans/" + plan, base + "/plan/" + plan);
		ResultDocument result = null;
		if (assessment.isCompleted()) {
			result = result(resultsBuilder.build(assessment, assessments.previousOf(assessment), assessments.quiz(),
					assessments.advice()), base);
		}
		return new AssessmentDocument(assessment.getToken(), assessment.getStatus().name(), assessment.getCreatedAt(),
				assessment.getCompletedAt(), links, result);
	}

	private ResultDocument result(Results r, String base) {
		Results.PlacementView placement = r.placement();
		return new ResultDocument(r.overall(), r.level(),
				r.skills()
					.stream()
					.map(line -> new SkillDocument(line.skill().getSlug(), line.skill().getName(), line.score(),
							line.weight(), line.change()))
					.toList(),
				r.strengths().stream().map(skill -> skill.getSlug()).toList(),
				r.gaps()
					.stream()
					.map(gap -> new GapDocument(gap.skill().getSlug(), gap.skill().getName(), gap.score(),
							gap.answer() == null ? null : text(new Results.Line("assessment.results.gap.because",
									gap.answer().label(r.generalist()), gap.question().shortPrompt())),
							gap.steps()
								.stream()
								.map(step -> new StepDocument(step.getSlug(), step.getTitle(), step.getActions(),
										step.getPlatforms().stream().map(p -> new LinkDocument(p.getName(), p.getUrl())).toList()))
								.toList()))
					.toList(),
				new StartDocument(new Choice(placement.start().role().getSlug(), placement.start().role().getName()),
						band(placement.start().band()), placement.start().reason(),
						placement.start().grounds().stream().map(this::text).toList()),
				r.workTypes()
					.stream()
					.map(line -> new WorkTypeDocument(line.workType().getSlug(), line.workType().getName(),
							line.explanation(), line.appeals()))
					.toList(),
				base + r.salaryPath(), practice(r.practice()), placement(placement), plan(r), r.platforms()
					.stream()
					.map(p -> new LinkDocument(p.getName(), p.getUrl()))
					.toList());
	}

	private static BandDocument band(PayBand band) {
		return band == null ? null : new BandDocument(band.getSlug(), band.getName(), band.getCurrency(),
				band.hourlyRange(), band.annualRange(), "A broad estimate from the guide, not an offer.");
	}

	private static PracticeDocument practice(Results.Practice practice) {
		return practice.taken() ? new PracticeDocument(practice.percent(), practice.right(), practice.total(),
				practice.items()
					.stream()
					.map(item -> new PracticeItemDocument(item.message(), item.given(), item.key(), item.right(),
							item.explanation()))
					.toList()) : null;
	}

	private PlacementDocument placement(Results.PlacementView placement) {
		Results.Rung next = placement.next();
		return new PlacementDocument(rung(placement.start()), next == null ? null : rung(next),
				placement.nextNeeds().stream().map(this::text).toList(),
				placement.branches().stream().map(this::rung).toList(),
				placement.sharpen().stream().map(this::text).toList());
	}

	private RungDocument rung(Results.Rung rung) {
		return new RungDocument(new Choice(rung.role().getSlug(), rung.role().getName()), band(rung.band()),
				rung.reason(), rung.grounds().stream().map(this::text).toList());
	}

	private List<PhaseDocument> plan(Results r) {
		return r.plan()
			.stream()
			.map(phase -> new PhaseDocument(phase.phase(), phase.steps()
				.stream()
				.map(step -> new PlanStepDocument(step.slug(), step.title(), step.text(), text(step.time()),
						text(step.because())))
				.toList()))
			.toList();
	}

	private String text(Results.Line line) {
		return messages.getMessage(line.key(), line.args(), Locale.ENGLISH);
	}

	/**
	 * All answers at once; answers maps each question slug to the slug of the chosen option. The same
	 * rules as the pages; which slugs exist, the facade checks. The second edition's fields are optional,
	 * so first-edition clients keep working: left out, they count as not known (and the practice task as
	 * not taken), which keeps placement cautious.
	 */
	record Submission(@NotBlank String domain,
			@NotNull @Range(min = 0, max = Profile.MAX_YEARS) Integer yearsOfExperience,
			@NotNull @Range(min = WeeklyHours.MIN, max = WeeklyHours.MAX) Integer hoursPerWeek,
			@NotBlank String employment, List<String> workTypes, @NotNull Map<String, String> answers,
			String annotationExperience, Map<String, String> languages, List<String> preparation) {

		Profile profile() {
			return new Profile(domain, yearsOfExperience, hoursPerWeek, employment,
					workTypes == null ? List.of() : workTypes, annotationExperience, languages, preparation);
		}

	}

	record Choice(String slug, String label) {
	}

	/** The second edition's choices (annotation experience, languages and their levels, preparation) are optional. */
	record ProfileFields(List<Choice> domains, List<Choice> workTypes, List<Choice> employment, int maxYears,
			int minHours, int maxHours, List<Choice> annotationExperience, List<Choice> languages,
			List<Choice> languageLevels, List<Choice> preparation) {
	}

	/** The guideline the practice items are labelled by; the items are the questions of its step. */
	record PracticeTaskDocument(String title, String guideline, int step) {
	}

	/** kind: self-rating, scenario or practice; generalistPrompt: the wording for people with no field. */
	record QuestionDocument(String slug, String skill, int step, String kind, String prompt, String hint,
			List<Choice> options, String generalistPrompt) {
	}

	record WeightDocument(String skill, int weight, String reason) {
	}

	record QuestionsDocument(int steps, ProfileFields profile, List<QuestionDocument> questions,
			List<WeightDocument> weights, List<ReadinessLevel> levels, PracticeTaskDocument practice) {
	}

	/** plan and planPage: the person's plan, which gathers their attempts, as JSON and as a page. */
	record Links(String self, String page, String plan, String planPage) {
	}

	record AssessmentDocument(String token, String status, LocalDateTime createdAt, LocalDateTime completedAt,
			Links links, ResultDocument result) {
	}

	record SkillDocument(String skill, String name, int score, int weight, Integer changeSincePrevious) {
	}

	record LinkDocument(String name, String url) {
	}

	record StepDocument(String slug, String title, List<String> actions, List<LinkDocument> platforms) {
	}

	record GapDocument(String skill, String name, int score, String because, List<StepDocument> nextSteps) {
	}

	record BandDocument(String slug, String name, String currency, String hourlyRange, String annualRange,
			String note) {
	}

	record StartDocument(Choice role, BandDocument payBand, String explanation, List<String> because) {
	}

	record WorkTypeDocument(String slug, String name, String explanation, boolean chosenByYou) {
	}

	/** The first edition's fields, then the second's: practice (null when not taken), placement, plan, platforms. */
	record ResultDocument(int overallScore, ReadinessLevel level, List<SkillDocument> skills, List<String> strengths,
			List<GapDocument> weakestSkills, StartDocument start, List<WorkTypeDocument> workTypes,
			String salaryEstimate, PracticeDocument practice, PlacementDocument placement, List<PhaseDocument> plan,
			List<LinkDocument> platforms) {
	}

	record PracticeItemDocument(String message, String yourLabel, String keyLabel, boolean right, String explanation) {
	}

	record PracticeDocument(int percent, int right, int total, List<PracticeItemDocument> items) {
	}

	record RungDocument(Choice role, BandDocument payBand, String reason, List<String> grounds) {
	}

	/** Where to start now, the next rung and what it still needs, other routes, and what would sharpen this. */
	record PlacementDocument(RungDocument startNow, RungDocument nextRung, List<String> nextRungNeeds,
			List<RungDocument> alsoConsider, List<String> unknownAnswers) {
	}

	record PlanStepDocument(String slug, String title, String text, String time, String because) {
	}

	/** phase: first (the first two weeks), soon (the next month or two) or ongoing. */
	record PhaseDocument(String phase, List<PlanStepDocument> steps) {
	}

}
