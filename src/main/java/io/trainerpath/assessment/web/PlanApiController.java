package io.trainerpath.assessment.web;

import io.trainerpath.assessment.Plan;
import io.trainerpath.assessment.Plans;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A person's plan as JSON: everything stored about them (the page's download), and deleting it all. */
@RestController
@RequestMapping(path = "/api/v1/plans/{token}", produces = "application/json")
class PlanApiController {

	private final Plans plans;

	private final PlanExports exports;

	PlanApiController(Plans plans, PlanExports exports) {
		this.plans = plans;
		this.exports = exports;
	}

	@GetMapping
	PlanExports.Export show(@PathVariable String token) {
		return exports.export(find(token));
	}

	/** Every attempt, record and note, and the plan itself; afterwards its links answer 410 Gone. */
	@DeleteMapping
	ResponseEntity<Void> delete(@PathVariable String token) {
		if (!plans.deleteEverything(token)) {
			throw missing(token);
		}
		return ResponseEntity.noContent().build();
	}

	private Plan find(String token) {
		return plans.find(token).orElseThrow(() -> missing(token));
	}

	private ResponseStatusException missing(String token) {
		return plans.wasDeleted(token) ? new ResponseStatusException(HttpStatus.GONE, "This plan was deleted by its owner.")
				: new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plan with this token.");
	}

}
