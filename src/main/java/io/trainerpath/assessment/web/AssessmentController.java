package io.trainerpath.assessment.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.AssessmentLockedException;
import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.InvalidAnswersException;
import io.trainerpath.assessment.Profile;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.assessment.ResultsVersions;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.Skill;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The quiz, one step at a time: every POST saves and redirects (POST-redirect-GET), and the secret
 * link always leads back to where the person left off.
 */
@Controller
class AssessmentController {

	private static final Set<String> PROFILE_FIELDS = Set.of("domain", "years", "hours", "workTypes", "employment");

	private final Assessments assessments;

	private final Catalog catalog;

	private final ResultsBuilder resultsBuilder;

	AssessmentController(Assessments assessments, Catalog catalog, ResultsBuilder resultsBuilder) {
		this.assessments = assessments;
		this.catalog = catalog;
		this.resultsBuilder = resultsBuilder;
	}

	/** Pages under a secret link are nobody's business but their owner's, search engines included. */
	@ModelAttribute
	void keepSecretLinksOutOfSearchEngines(HttpServletRequest request, HttpServletResponse response) {
		if (request.getRequestURI().matches("/assessment/.+")) {
			response.setHeader("X-Robots-Tag", "noindex, nofollow");
		}
	}

	@GetMapping("/assessment")
	String showStart(Model model) {
		Quiz quiz = assessments.quiz();
		model.addAttribute("skills", catalog.skills());
		model.addAttribute("stepCount", quiz.stepCount());
		model.addAttribute("questionCount", quiz.questions().size());
		return "assessment/start";
	}

	@PostMapping("/assessment")
	String start() {
		return redirectToStep(assessments.start(), Quiz.PROFILE_STEP);
	}

	@GetMapping("/assessment/deleted")
	String showDeleted() {
		return "assessment/deleted";
	}

	@GetMapping("/assessment/{token}")
	String resume(@PathVariable String token) {
		Assessment assessment = find(token);
		if (assessment.isCompleted()) {
			return redirect(assessment, "/results");
		}
		return assessment.firstUnansweredStep(assessments.quiz())
			.map(step -> redirectToStep(assessment, step))
			.orElseGet(() -> redirect(assessment, "/check"));
	}

	@GetMapping("/assessment/{token}/step/{step}")
	String showStep(@PathVariable String token, @PathVariable String step,
			@RequestParam(name = FormParameters.CHANGE, required = false) String change, Model model) {
		Assessment assessment = find(token);
		int number = step(step);
		if (assessment.isCompleted()) {
			return redirect(assessment, "/results");
		}
		boolean changing = "true".equals(change);
		if (number == Quiz.PROFILE_STEP) {
			ProfileForm form = assessment.profile().map(ProfileForm::from).orElseGet(ProfileForm::new);
			return profileStep(assessment, form, new BeanPropertyBindingResult(form, "profileForm"), changing, model);
		}
		return skillStep(assessment, number, assessment.answers(), null, changing, model);
	}

	@PostMapping("/assessment/{token}/step/{step}")
	String saveStep(@PathVariable String token, @PathVariable String step, HttpServletRequest request,
			ProfileForm profileForm, BindingResult binding, Model model) {
		Assessment assessment = find(token);
		int number = step(step);
		Map<String, String[]> parameters = request.getParameterMap();
		boolean changing = FormParameters.changing(parameters);
		Quiz quiz = assessments.quiz();
		if (assessment.isCompleted()) {
			throw new AssessmentLockedException();
		}
		if (number == Quiz.PROFILE_STEP) {
			FormParameters.requireOnly(parameters, PROFILE_FIELDS, Set.of("workTypes"));
			if (binding.hasErrors()) {
				throw new InvalidAnswersException("The form could not be read");
			}
			Profile profile = profileForm.validate(binding);
			if (profile == null) {
				return profileStep(assessment, profileForm, binding, changing, model);
			}
			assessments.saveProfile(token, profile);
		}
		else {
			List<QuizQuestion> questions = quiz.questionsOfStep(number);
			FormParameters.requireOnly(parameters,
					questions.stream().map(QuizQuestion::slug).collect(Collectors.toSet()), Set.of());
			Map<String, String> given = new HashMap<>();
			MapBindingResult errors = new MapBindingResult(given, "answers");
			for (QuizQuestion question : questions) {
				String value = request.getParameter(question.slug());
				if (value == null || value.isEmpty()) {
					errors.rejectValue(question.slug(), "assessment.step.required",
							new Object[] { question.shortPrompt() }, "Choose an answer");
				}
				else if (question.option(value).isEmpty()) {
					throw new InvalidAnswersException("Not an option of this question");
				}
				else {
					given.put(question.slug(), value);
				}
			}
			if (errors.hasErrors()) {
				return skillStep(assessment, number, given, errors, changing, model);
			}
			assessments.saveStep(token, number, given);
		}
		Assessment saved = find(token);
		Optional<Integer> unanswered = saved.firstUnansweredStep(quiz);
		if (changing || number == quiz.stepCount()) {
			return unanswered.map(next -> redirectToStep(saved, next)).orElseGet(() -> redirect(saved, "/check"));
		}
		return redirectToStep(saved, number + 1);
	}

	@GetMapping("/assessment/{token}/check")
	String showCheck(@PathVariable String token, Model model) {
		Assessment assessment = find(token);
		if (assessment.isCompleted()) {
			return redirect(assessment, "/results");
		}
		Quiz quiz = assessments.quiz();
		Optional<Integer> unanswered = assessment.firstUnansweredStep(quiz);
		if (unanswered.isPresent()) {
			return redirectToStep(assessment, unanswered.get());
		}
		Profile profile = assessment.profile().orElseThrow();
		model.addAttribute("assessment", assessment);
		model.addAttribute("profile", profile);
		model.addAttribute("domain", catalog.domain(profile.domainSlug()).orElseThrow());
		model.addAttribute("employment", assessments.employmentOptions()
			.stream()
			.filter(option -> option.getSlug().equals(profile.employment()))
			.findFirst()
			.orElseThrow());
		model.addAttribute("workTypes",
				catalog.workTypes().stream().filter(type -> profile.workTypes().contains(type.getSlug())).toList());
		model.addAttribute("steps", skillSteps(quiz));
		model.addAttribute("answers", assessment.answers());
		return "assessment/check";
	}

	@PostMapping("/assessment/{token}/complete")
	String complete(@PathVariable String token) {
		Assessment assessment = find(token);
		if (assessment.isCompleted()) {
			return redirect(assessment, "/results");
		}
		Optional<Integer> unanswered = assessment.firstUnansweredStep(assessments.quiz());
		if (unanswered.isPresent()) {
			return redirectToStep(assessment, unanswered.get());
		}
		assessments.complete(token);
		return redirect(assessment, "/results");
	}

	@GetMapping(ResultsVersions.RESULTS_PAGE)
	String showResults(@PathVariable String token, Model model) {
		Assessment assessment = find(token);
		if (!assessment.isCompleted()) {
			return "redirect:/assessment/" + assessment.getToken();
		}
		model.addAttribute("results",
				resultsBuilder.build(assessment, assessments.previousOf(assessment), assessments.quiz()));
		model.addAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(ResultsVersions.RESULTS_PAGE)
			.buildAndExpand(assessment.getToken())
			.toUriString());
		return "assessment/results";
	}

	@PostMapping("/assessment/{token}/retake")
	String retake(@PathVariable String token) {
		Assessment retake = assessments.retake(token)
			.orElseThrow(() -> new InvalidAnswersException("Only a completed quiz can be taken again"));
		return redirectToStep(retake, Quiz.PROFILE_STEP);
	}

	@GetMapping("/assessment/{token}/delete")
	String confirmDelete(@PathVariable String token, Model model) {
		model.addAttribute("assessment", find(token));
		return "assessment/delete";
	}

	@PostMapping("/assessment/{token}/delete")
	String delete(@PathVariable String token) {
		if (!assessments.delete(token)) {
			throw notFound();
		}
		return "redirect:/assessment/deleted";
	}

	@ExceptionHandler(InvalidAnswersException.class)
	void invalidAnswers(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	@ExceptionHandler({ AssessmentLockedException.class, ObjectOptimisticLockingFailureException.class,
			DataIntegrityViolationException.class })
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	private String profileStep(Assessment assessment, ProfileForm form, BindingResult binding, boolean changing,
			Model model) {
		model.addAttribute("profileForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "profileForm", binding);
		model.addAttribute("domains", catalog.domains());
		model.addAttribute("workTypes", catalog.workTypes());
		model.addAttribute("employmentOptions", assessments.employmentOptions());
		stepModel(assessment, Quiz.PROFILE_STEP, changing, model);
		return "assessment/profile";
	}

	private String skillStep(Assessment assessment, int number, Map<String, String> answers,
			MapBindingResult errors, boolean changing, Model model) {
		Quiz quiz = assessments.quiz();
		Map<String, String> shown = new HashMap<>(answers);
		model.addAttribute("answers", shown);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "answers",
				errors != null ? errors : new MapBindingResult(shown, "answers"));
		model.addAttribute("skill", catalog.skill(quiz.skillOfStep(number).orElseThrow()).orElseThrow());
		model.addAttribute("questions", quiz.questionsOfStep(number));
		stepModel(assessment, number, changing, model);
		return "assessment/step";
	}

	private void stepModel(Assessment assessment, int number, boolean changing, Model model) {
		model.addAttribute("token", assessment.getToken());
		model.addAttribute("step", number);
		model.addAttribute("stepCount", assessments.quiz().stepCount());
		model.addAttribute("changing", changing);
	}

	private List<SkillStep> skillSteps(Quiz quiz) {
		return quiz.weights()
			.stream()
			.map(weight -> new SkillStep(quiz.stepOfSkill(weight.skillSlug()),
					catalog.skill(weight.skillSlug()).orElseThrow(), quiz.questionsOfSkill(weight.skillSlug())))
			.toList();
	}

	private Assessment find(String token) {
		return assessments.find(token).orElseThrow(AssessmentController::notFound);
	}

	private int step(String step) {
		if (!step.matches("[1-9][0-9]?") || !assessments.quiz().hasStep(Integer.parseInt(step))) {
			throw notFound();
		}
		return Integer.parseInt(step);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such assessment");
	}

	private static String redirectToStep(Assessment assessment, int step) {
		return redirect(assessment, "/step/" + step);
	}

	private static String redirect(Assessment assessment, String suffix) {
		return "redirect:/assessment/" + assessment.getToken() + suffix;
	}

	public record SkillStep(int number, Skill skill, List<QuizQuestion> questions) {
	}

}
