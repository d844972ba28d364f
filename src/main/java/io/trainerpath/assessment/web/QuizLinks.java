package io.trainerpath.assessment.web;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.Assessment.Next;
import io.trainerpath.assessment.Plans;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The quiz's addresses under a secret link, and where each kind of next step leads. */
final class QuizLinks {

	static final String RESULTS = "/assessment/{token}/results";

	private QuizLinks() {
	}

	static String redirect(Assessment assessment, Next next) {
		String base = "redirect:/assessment/" + assessment.getToken();
		if (next instanceof Next.Step step) {
			return base + "/step/" + step.number();
		}
		return base + (next instanceof Next.Results ? "/results" : "/check");
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such assessment");
	}

	/** A link that leads nowhere: 410 Gone when its owner deleted what it led to, else 404. */
	static ResponseStatusException missing(Plans plans, String token) {
		return plans.wasDeleted(token) ? new ResponseStatusException(HttpStatus.GONE, "Deleted by its owner")
				: notFound();
	}

}
