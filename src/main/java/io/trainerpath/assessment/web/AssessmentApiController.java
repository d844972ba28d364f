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
import io.trainerpath.assessment.Profile;
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

	AssessmentApiController(Assessments assessments, Catalog catalog, ResultsBuilder resultsBuilder,
			MessageSource messages) {
		this.assessments = assessments;
		this.catalog = catalog;
		this.resultsBuilder = resultsBuilder;
		this.messages = messages;
	}

	@GetMapping("/assessment/questions")
	QuestionsDocument questions() {
		Quiz quiz = assessments.quiz();
		return new QuestionsDocument(quiz.stepCount(),
				new ProfileFields(catalog.domains().stream().map(d -> new Choice(d.getSlug(), d.getName())).toList(),
						catalog.workTypes().stream().map(w -> new Choice(w.getSlug(), w.getName())).toList(),
						assessments.employmentOptions().stream().map(o -> new Choice(o.getSlug(), o.getLabel())).toList(),
						Profile.MAX_YEARS, WeeklyHours.MIN, WeeklyHours.MAX),
				quiz.questions()
					.stream()
					.map(q -> new QuestionDocument(q.slug(), q.skillSlug(), quiz.stepOfSkill(q.skillSlug()), q.kind(),
							q.prompt(), q.hint(), q.options().stream().map(o -> new Choice(o.slug(), o.label())).toList()))
					.toList(),
				quiz.weights().stream().map(w -> new WeightDocument(w.skillSlug(), w.weight(), w.reason())).toList(),
				quiz.levels());
	}

	@PostMapping(path = "/assessments", consumes = "application/json")
	ResponseEntity<AssessmentDocument> submit(@Valid @RequestBody Submission submission) {
		Profile profile = new Profile(submission.domain(), submission.yearsOfExperience(), submission.hoursPerWeek(),
				submission.employment(), submission.workTypes() == null ? List.of() : submission.workTypes());
		Assessment assessment = assessments.submit(profile, submission.answers());
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/assessments/{token}")
			.buildAndExpand(assessment.getToken())
			.toUri();
		return ResponseEntity.created(location).body(document(assessment));
	}

	@GetMapping("/assessments/{token}")
	AssessmentDocument show(@PathVariable String token) {
		return document(assessments.find(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no assessment with this token.")));
	}

	@DeleteMapping("/assessments/{token}")
	ResponseEntity<Void> delete(@PathVariable String token) {
		if (!assessments.delete(token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no assessment with this token.");
		}
		return ResponseEntity.noContent().build();
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
		Links links = new Links(base + "/api/v1/assessments/" + assessment.getToken(),
				base + "/assessment/" + assessment.getToken() + (assessment.isCompleted() ? "/results" : ""));
		ResultDocument result = null;
		if (assessment.isCompleted()) {
			result = result(resultsBuilder.build(assessment, assessments.previousOf(assessment), assessments.quiz()),
					base);
		}
		return new AssessmentDocument(assessment.getToken(), assessment.getStatus().name(), assessment.getCreatedAt(),
				assessment.getCompletedAt(), links, result);
	}

	private ResultDocument result(Results r, String base) {
		PayBand band = r.start().band();
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
							messages.getMessage("assessment.results.gap.because",
									new Object[] { gap.answer().label(), gap.question().shortPrompt() }, Locale.ENGLISH),
							gap.steps()
								.stream()
								.map(line -> new StepDocument(line.step().getSlug(), line.step().getTitle(),
										line.step().getActions(),
										line.platforms().stream().map(p -> new LinkDocument(p.getName(), p.getUrl())).toList()))
								.toList()))
					.toList(),
				new StartDocument(new Choice(r.start().role().getSlug(), r.start().role().getName()),
						new BandDocument(band.getSlug(), band.getName(), band.getCurrency(), band.hourlyRange(),
								band.annualRange(), "A broad estimate from the guide, not an offer."),
						r.start().explanation(),
						r.start().reasons().stream().map(reason -> reasonText(reason)).toList()),
				r.workTypes()
					.stream()
					.map(line -> new WorkTypeDocument(line.workType().getSlug(), line.workType().getName(),
							line.explanation(), line.appeals()))
					.toList(),
				base + r.salaryPath());
	}

	private String reasonText(Results.ReasonLine reason) {
		return switch (reason.kind()) {
			case "skill" -> messages.getMessage("assessment.results.reason.skill",
					new Object[] { reason.skill().getName(), reason.actual(), reason.required() }, Locale.ENGLISH);
			case "years" -> messages.getMessage("assessment.results.reason.years",
					new Object[] { reason.actual(), reason.required() }, Locale.ENGLISH);
			default -> messages.getMessage("assessment.results.reason.overall",
					new Object[] { reason.actual(), reason.required() }, Locale.ENGLISH);
		};
	}

	/** All answers at once; answers maps each question slug to the slug of the chosen option. */
	/** The same answers the pages ask for, checked by the same rules; which slugs exist, the facade checks. */
	record Submission(@NotBlank String domain,
			@NotNull @Range(min = 0, max = Profile.MAX_YEARS) Integer yearsOfExperience,
			@NotNull @Range(min = WeeklyHours.MIN, max = WeeklyHours.MAX) Integer hoursPerWeek,
			@NotBlank String employment, List<String> workTypes, @NotNull Map<String, String> answers) {
	}

	record Choice(String slug, String label) {
	}

	record ProfileFields(List<Choice> domains, List<Choice> workTypes, List<Choice> employment, int maxYears,
			int minHours, int maxHours) {
	}

	record QuestionDocument(String slug, String skill, int step, String kind, String prompt, String hint,
			List<Choice> options) {
	}

	record WeightDocument(String skill, int weight, String reason) {
	}

	record QuestionsDocument(int steps, ProfileFields profile, List<QuestionDocument> questions,
			List<WeightDocument> weights, List<ReadinessLevel> levels) {
	}

	record Links(String self, String page) {
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

	record ResultDocument(int overallScore, ReadinessLevel level, List<SkillDocument> skills, List<String> strengths,
			List<GapDocument> weakestSkills, StartDocument start, List<WorkTypeDocument> workTypes,
			String salaryEstimate) {
	}

}
