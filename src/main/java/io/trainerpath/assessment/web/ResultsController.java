package io.trainerpath.assessment.web;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.InvalidAnswersException;
import io.trainerpath.assessment.Quiz;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A finished quiz: its results, a retake, and deleting it. */
@Controller
class ResultsController {

	private final Assessments assessments;

	private final ResultsBuilder resultsBuilder;

	ResultsController(Assessments assessments, ResultsBuilder resultsBuilder) {
		this.assessments = assessments;
		this.resultsBuilder = resultsBuilder;
	}

	/** What the delete pages show: the link's token, and where "keep them" leads back to. */
	record DeleteView(String token, boolean completed) {
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
		model.addAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(QuizLinks.RESULTS)
			.buildAndExpand(assessment.getToken())
			.toUriString());
		return "assessment/results";
	}

	@PostMapping("/assessment/{token}/retake")
	String retake(@PathVariable String token) {
		Assessment retake = assessments.retake(token)
			.orElseThrow(() -> new InvalidAnswersException("Only a completed quiz can be taken again"));
		return QuizLinks.redirect(retake, new Assessment.Next.Step(Quiz.PROFILE_STEP));
	}

	@GetMapping("/assessment/{token}/delete")
	String confirmDelete(@PathVariable String token, Model model) {
		Assessment assessment = find(token);
		model.addAttribute("delete", new DeleteView(assessment.getToken(), assessment.isCompleted()));
		return "assessment/delete";
	}

	@PostMapping("/assessment/{token}/delete")
	String delete(@PathVariable String token) {
		if (!assessments.delete(token)) {
			throw QuizLinks.notFound();
		}
		return "redirect:/assessment/deleted";
	}

	@GetMapping("/assessment/deleted")
	String showDeleted() {
		return "assessment/deleted";
	}

	private Assessment find(String token) {
		return assessments.find(token).orElseThrow(QuizLinks::notFound);
	}

}
