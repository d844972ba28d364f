package io.trainerpath.assessment.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.trainerpath.assessment.InvalidAnswersException;
import io.trainerpath.assessment.Plan;
import io.trainerpath.assessment.Plans;
import io.trainerpath.assessment.StepProgress;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's plan under its secret link: the steps they tick off and annotate, their attempts and
 * history, the download of everything stored, and deleting it all. Every form posts and redirects.
 */
@Controller
class PlanController {

	private static final Set<String> STEP_FIELDS = Set.of("status", "note", "version");

	private final Plans plans;

	private final PlanViewBuilder views;

	private final PlanExports exports;

	private final MessageSource messages;

	PlanController(Plans plans, PlanViewBuilder views, PlanExports exports, MessageSource messages) {
		this.plans = plans;
		this.views = views;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/plan/{token}")
	String show(@PathVariable String token, @RequestParam(required = false) String saved,
			@RequestParam(required = false) String unchanged, @RequestParam(required = false) String deleted,
			Model model) {
		Plan plan = find(token);
		PlanView.Message message = null;
		if (saved != null || unchanged != null) {
			message = new PlanView.Message(saved != null ? "saved" : "unchanged", saved != null ? saved : unchanged);
		}
		else if (deleted != null) {
			message = new PlanView.Message("attemptDeleted", null);
		}
		return page(plan, message, null, model);
	}

	@PostMapping("/plan/{token}/steps/{slug}")
	String saveStep(@PathVariable String token, @PathVariable String slug,
			@RequestParam MultiValueMap<String, String> parameters, @Valid @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, Model model, HttpServletResponse response) {
		Plan plan = find(token);
		FormParameters.requireOnly(parameters, STEP_FIELDS, Set.of());
		Set<String> steps = views.stepsOf(plan);
		if (!steps.contains(slug)) {
			throw QuizLinks.notFound();
		}
		if (binding.hasFieldErrors("version")) {
			throw new InvalidAnswersException("A plan form always carries its version");
		}
		if (binding.hasErrors()) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldError error : binding.getFieldErrors()) {
				errors.putIfAbsent(error.getField(), messages.getMessage(error, Locale.ENGLISH));
			}
			return page(plan, new PlanView.Message("invalid", slug),
					new PlanViewBuilder.Sent(slug, form, errors), model);
		}
		Plans.Saved outcome;
		try {
			outcome = plans.record(plan, slug, steps, form.status(), form.note(), form.version());
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
			outcome = Plans.Saved.STALE;
		}
		if (outcome == Plans.Saved.STALE) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(plan, new PlanView.Message("stale", slug),
					new PlanViewBuilder.Sent(slug, form, Map.of("status", "stale")), model);
		}
		String kind = outcome == Plans.Saved.SAVED ? "saved" : "unchanged";
		return "redirect:/plan/" + plan.getToken() + "?" + kind + "=" + slug + "#step-" + slug;
	}

	/** Everything stored about the person, as a file to keep. */
	@GetMapping("/plan/{token}/export")
	ResponseEntity<PlanExports.Export> export(@PathVariable String token) {
		Plan plan = find(token);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("trainerpath-plan-" + LocalDate.now(ZoneOffset.UTC) + ".json")
				.build()
				.toString())
			.body(exports.export(plan));
	}

	@GetMapping("/plan/{token}/delete")
	String confirmDelete(@PathVariable String token, Model model) {
		Plan plan = find(token);
		model.addAttribute("plan", views.build(plan, null, null));
		return "assessment/plan-delete";
	}

	@PostMapping("/plan/{token}/delete")
	String delete(@PathVariable String token) {
		if (!plans.deleteEverything(token)) {
			throw QuizLinks.missing(plans, token);
		}
		return "redirect:/plan/deleted";
	}

	@GetMapping("/plan/deleted")
	String showDeleted() {
		return "assessment/plan-deleted";
	}

	private String page(Plan plan, PlanView.Message message, PlanViewBuilder.Sent sent, Model model) {
		model.addAttribute("plan", views.build(plan, message, sent));
		model.addAttribute("statuses", StepProgress.Status.values());
		model.addAttribute("noteMax", StepProgress.NOTE_MAX);
		return "assessment/plan";
	}

	private Plan find(String token) {
		return plans.find(token).orElseThrow(() -> QuizLinks.missing(plans, token));
	}

}
