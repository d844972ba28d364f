package io.trainerpath.assessment.web;

import java.util.List;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.AttemptRef;
import io.trainerpath.assessment.InvalidAnswersException;
import io.trainerpath.assessment.Plan;
import io.trainerpath.assessment.Plans;
import io.trainerpath.assessment.Quiz;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A finished quiz: its results, where it sits among the person's attempts, a retake, and deleting it. */
@Controller
class ResultsController {

	private final Assessments assessments;

	private final Plans plans;

	private final ResultsBuilder resultsBuilder;

	ResultsController(Assessments assessments, Plans plans, ResultsBuilder resultsBuilder) {
		this.assessments = assessments;
		this.plans = plans;
		this.resultsBuilder = resultsBuilder;
	}

	/**
	 * Where an attempt sits in its plan: its number among count attempts, the plan's address, and the
	 * newest attempt's token when this is not the newest (null otherwise).
	 */
	record Place(int number, int count, String planToken, String planLink, String newest) {
	}

	/**
	 * What the delete page says it removes: one attempt, or, when it is the plan's only one, the plan
	 * with its ticks and notes as well.
	 */
	record DeleteView(String token, boolean completed, Place place) {

		public boolean everything() {
			return place.count() == 1;
		}

	}

	@GetMapping(QuizLinks.RESULTS)
	String showResults(@PathVariable String token, Model model) {
		Assessment assessment = find(token);
		Quiz quiz = assessments.quiz();
		if (!assessment.isCompleted()) {
			return "redirect:/assessment/" + assessment.getToken();
		}
		model.addAttribute("results",
				resultsBuilder.build(assessment, assessments.previousOf(assessment), quiz, assessments.advice()));
		model.addAttribute("place", place(assessment));
		return "assessment/results";
	}

	@PostMapping("/assessment/{token}/retake")
	String retake(@PathVariable String token) {
		Assessment retake = assessments.retake(token)
			.orElseThrow(() -> new InvalidAnswersException("Only a completed quiz can be taken again"));
		return QuizLinks.redirect(retake, retake.next(assessments.quiz()));
	}

	@GetMapping("/assessment/{token}/delete")
	String confirmDelete(@PathVariable String token, Model model) {
		Assessment assessment = find(token);
		model.addAttribute("delete", new DeleteView(assessment.getToken(), assessment.isCompleted(), place(assessment)));
		return "assessment/delete";
	}

	@PostMapping("/assessment/{token}/delete")
	String delete(@PathVariable String token) {
		Assessment assessment = find(token);
		Plan plan = plans.planOf(assessment);
		return switch (plans.deleteAttempt(token)) {
			case ATTEMPT -> "redirect:/plan/" + plan.getToken() + "?deleted=attempt";
			case EVERYTHING -> "redirect:/plan/deleted";
			case NOTHING -> throw QuizLinks.missing(plans, token);
		};
	}

	private Place place(Assessment assessment) {
		Plan plan = plans.planOf(assessment);
		// ids and tokens only: the page needs where this attempt sits, not the others' answers
		List<AttemptRef> attempts = plans.attemptRefs(plan);
		AttemptRef newest = attempts.get(attempts.size() - 1);
		int number = attempts.stream().map(AttemptRef::getId).toList().indexOf(assessment.getId()) + 1;
		return new Place(number, attempts.size(), plan.getToken(),
				PlanViewBuilder.address(plan), newest.getId().equals(assessment.getId()) ? null : newest.getToken());
	}

	private Assessment find(String token) {
		return assessments.find(token).orElseThrow(() -> QuizLinks.missing(plans, token));
	}

}
