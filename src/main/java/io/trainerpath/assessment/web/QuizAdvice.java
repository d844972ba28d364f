package io.trainerpath.assessment.web;

import java.io.IOException;
import java.util.regex.Pattern;

import io.trainerpath.assessment.AssessmentLockedException;
import io.trainerpath.assessment.InvalidAnswersException;
import io.trainerpath.assessment.UnknownStepException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every quiz page shares: secret links stay out of search engines, and refusals get their status. */
@ControllerAdvice(assignableTypes = { QuizController.class, ResultsController.class, PlanController.class })
class QuizAdvice {

	/**
	 * An address under a quiz's or a plan's secret link (22 URL-safe characters), not a public page like
	 * the method.
	 */
	private static final Pattern SECRET_LINK = Pattern.compile("/(assessment|plan)/[A-Za-z0-9_-]{22}(/.*)?");

	/** Pages under a secret link are nobody's business but their owner's, search engines included. */
	@ModelAttribute
	void keepSecretLinksOutOfSearchEngines(HttpServletRequest request, HttpServletResponse response) {
		if (SECRET_LINK.matcher(request.getRequestURI()).matches()) {
			response.setHeader("X-Robots-Tag", "noindex, nofollow");
		}
	}

	/** Something no form of ours could send: an unknown option, a field of another step, a repeat. */
	@ExceptionHandler(InvalidAnswersException.class)
	void invalidAnswers(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	/** A step the plan does not hold. */
	@ExceptionHandler(UnknownStepException.class)
	void unknownStep(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** A finished quiz changed, or two tabs saving the same step at once. */
	@ExceptionHandler({ AssessmentLockedException.class, ObjectOptimisticLockingFailureException.class,
			DataIntegrityViolationException.class })
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

}
