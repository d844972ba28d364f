package io.trainerpath.assessment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.Assessment.Next;
import io.trainerpath.assessment.AssessmentLockedException;
import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Plans;
import io.trainerpath.assessment.Profile;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.WeeklyHours;
import io.trainerpath.web.SharedPages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quiz, one step at a time: every POST saves and redirects (POST-redirect-GET), and the secret
 * link always leads back to where the person left off ({@link Assessment#next(Quiz)}).
 */
@Controller
class QuizController {

	private static final Set<String> PROFILE_FIELDS = Set.of("domain", "years", "hours", "workTypes", "employment",
			"annotation", "professionalLanguages", "workingLanguages", "preparation");

	private static final Set<String> PROFILE_LISTS = Set.of("workTypes", "professionalLanguages", "workingLanguages",
			"preparation");

	private final Assessments assessments;

	private final Catalog catalog;

	private final Plans plans;

	QuizController(Assessments assessments, Catalog catalog, Plans plans) {
		this.assessments = assessments;
		this.catalog = catalog;
		this.plans = plans;
	}

	@GetMapping("/assessment")
	String showStart(Model model) {
		Quiz quiz = assessments.quiz();
		model.addAttribute("skills", catalog.skills());
		model.addAttribute("stepCount", quiz.stepCount());
		model.addAttribute("questionCount", quiz.questions().size());
		return "assessment/start";
	}

	@GetMapping("/assessment/method")
	String showMethod(Model model, HttpServletResponse response) {
		SharedPages.share(response);
		model.addAttribute("method", MethodView.of(assessments.quiz(), assessments.advice(), catalog));
		return "assessment/method";
	}

	@PostMapping("/assessment")
	String start() {
		Assessment assessment = assessments.start();
		return QuizLinks.redirect(assessment, assessment.next(assessments.quiz()));
	}

	@GetMapping("/assessment/{token}")
	String resume(@PathVariable String token) {
		Assessment assessment = find(token);
		return QuizLinks.redirect(assessment, assessment.next(assessments.quiz()));
	}

	@GetMapping("/assessment/{token}/step/{step}")
	String showStep(@PathVariable String token, @PathVariable String step,
			@RequestParam(name = FormParameters.CHANGE, required = false) String change, Model model) {
		Assessment assessment = find(token);
		int number = step(step);
		if (assessment.isCompleted()) {
			return QuizLinks.redirect(assessment, new Next.Results());
		}
		boolean changing = "true".equals(change);
		if (number == Quiz.PROFILE_STEP) {
			ProfileForm form = assessment.profile().map(ProfileForm::from).orElseGet(ProfileForm::new);
			return profileStep(assessment, form, new BeanPropertyBindingResult(form, "profileForm"), changing, model);
		}
		return questionStep(assessment, number, assessment.answers(), new MapBindingResult(new HashMap<>(), "answers"),
				changing, model);
	}

	@PostMapping("/assessment/{token}/step/1")
	String saveProfile(@PathVariable String token, @RequestParam MultiValueMap<String, String> parameters,
			@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult binding, Model model) {
		Assessment assessment = findDraft(token);
		FormParameters.requireOnly(parameters, PROFILE_FIELDS, PROFILE_LISTS);
		boolean changing = FormParameters.changing(parameters);
		if (binding.hasErrors()) {
			return profileStep(assessment, form, binding, changing, model);
		}
		Profile profile = form.toProfile();
		assessments.saveProfile(token, profile);
		return afterSaving(assessment, Quiz.PROFILE_STEP, changing);
	}

	@PostMapping("/assessment/{token}/step/{step}")
	String saveAnswers(@PathVariable String token, @PathVariable String step,
			@RequestParam MultiValueMap<String, String> parameters, Model model) {
		Assessment assessment = findDraft(token);
		int number = step(step);
		Set<String> questions = assessments.quiz()
			.questionsOfStep(number)
			.stream()
			.map(QuizQuestion::slug)
			.collect(Collectors.toSet());
		FormParameters.requireOnly(parameters, questions, Set.of());
		boolean changing = FormParameters.changing(parameters);
		Map<String, String> given = new HashMap<>();
		questions.forEach(question -> {
			String value = parameters.getFirst(question);
			if (value != null && !value.isEmpty()) {
				given.put(question, value);
			}
		});
		List<QuizQuestion> unanswered = assessments.saveStep(token, number, given);
		if (!unanswered.isEmpty()) {
			MapBindingResult errors = new MapBindingResult(new HashMap<>(given), "answers");
			unanswered.forEach(question -> errors.rejectValue(question.slug(), "assessment.step.required",
					new Object[] { question.shortPrompt() }, "Choose an answer"));
			return questionStep(assessment, number, given, errors, changing, model);
		}
		return afterSaving(assessment, number, changing);
	}

	@GetMapping("/assessment/{token}/check")
	String showCheck(@PathVariable String token, Model model) {
		Assessment assessment = find(token);
		Quiz quiz = assessments.quiz();
		Next next = assessment.next(quiz);
		if (!(next instanceof Next.Check)) {
			return QuizLinks.redirect(assessment, next);
		}
		model.addAttribute("check", CheckView.of(assessment, quiz, catalog, assessments.employmentOptions()));
		model.addAttribute("planLink", PlanViewBuilder.address(plans.planOf(assessment)));
		return "assessment/check";
	}

	@PostMapping("/assessment/{token}/complete")
	String complete(@PathVariable String token) {
		Assessment assessment = find(token);
		if (assessment.next(assessments.quiz()) instanceof Next.Check) {
			assessments.complete(token);
			return QuizLinks.redirect(assessment, new Next.Results());
		}
		return QuizLinks.redirect(assessment, assessment.next(assessments.quiz()));
	}

	/** The next step in order; when changing one answer, or after the last step, wherever is left. */
	private String afterSaving(Assessment assessment, int number, boolean changing) {
		Quiz quiz = assessments.quiz();
		if (changing || number == quiz.stepCount()) {
			return QuizLinks.redirect(assessment, find(assessment.getToken()).next(quiz));
		}
		return QuizLinks.redirect(assessment, new Next.Step(number + 1));
	}

	private String profileStep(Assessment assessment, ProfileForm form, BindingResult binding, boolean changing,
			Model model) {
		model.addAttribute("profileForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "profileForm", binding);
		model.addAttribute("domains", catalog.domains());
		model.addAttribute("workTypes", catalog.workTypes());
		model.addAttribute("employmentOptions", assessments.employmentOptions());
		model.addAttribute("choices", assessments.quiz().choices());
		model.addAttribute("maxYears", Profile.MAX_YEARS);
		model.addAttribute("minHours", WeeklyHours.MIN);
		model.addAttribute("maxHours", WeeklyHours.MAX);
		stepModel(assessment, Quiz.PROFILE_STEP, changing, model);
		return "assessment/profile";
	}

	/** The practice task or a skill's questions, worded for generalists when the person has no field. */
	private String questionStep(Assessment assessment, int number, Map<String, String> answers,
			MapBindingResult errors, boolean changing, Model model) {
		Quiz quiz = assessments.quiz();
		@SuppressWarnings("unchecked")
		Map<String, String> shown = (Map<String, String>) errors.getTargetMap();
		shown.putAll(answers);
		model.addAttribute("answers", shown);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "answers", errors);
		model.addAttribute("questions", quiz.questionsOfStep(number));
		model.addAttribute("generalist", assessment.profile().map(profile -> !profile.hasField()).orElse(false));
		if (number == Quiz.PRACTICE_STEP) {
			model.addAttribute("practice", quiz.practice());
		}
		else {
			model.addAttribute("skill", catalog.skill(quiz.skillOfStep(number).orElseThrow()).orElseThrow());
		}
		stepModel(assessment, number, changing, model);
		return number == Quiz.PRACTICE_STEP ? "assessment/practice" : "assessment/step";
	}

	/** What every step shows: where it is in the quiz, and the plan's link to keep. */
	private void stepModel(Assessment assessment, int number, boolean changing, Model model) {
		model.addAttribute("token", assessment.getToken());
		model.addAttribute("planLink", PlanViewBuilder.address(plans.planOf(assessment)));
		model.addAttribute("step", number);
		model.addAttribute("stepCount", assessments.quiz().stepCount());
		model.addAttribute("changing", changing);
	}

	private Assessment find(String token) {
		return assessments.find(token).orElseThrow(() -> QuizLinks.missing(plans, token));
	}

	private Assessment findDraft(String token) {
		Assessment assessment = find(token);
		if (assessment.isCompleted()) {
			throw new AssessmentLockedException();
		}
		return assessment;
	}

	private int step(String step) {
		if (!step.matches("[1-9][0-9]?") || !assessments.quiz().hasStep(Integer.parseInt(step))) {
			throw QuizLinks.notFound();
		}
		return Integer.parseInt(step);
	}

}
