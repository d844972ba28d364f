package io.trainerpath.assessment.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.trainerpath.assessment.StepProgress;
import io.trainerpath.assessment.web.Results.Line;

/**
 * Everything the plan page shows: the private link, the attempts, the steps of the plan built from the
 * latest result with the progress recorded on each, the history of scores, and any message from the
 * last form sent.
 */
record PlanView(String token, String address, LocalDate today, List<Attempt> attempts, Attempt draft,
		Results latest, List<Phase> phases, int done, int total, Ahead ahead, List<Step> earlier, ScoreHistory history,
		Message message) {

	/** A step of the plan, current or earlier, or null for a slug the plan does not hold. */
	public Step stepOf(String slug) {
		return Stream.concat(phases.stream().flatMap(phase -> phase.steps().stream()), earlier.stream())
			.filter(step -> step.slug().equals(slug))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The message to show, if any: one about a step the plan does not hold (an edited address) is
	 * dropped rather than echoed.
	 */
	public Message shownMessage() {
		return message == null || (message.step() != null && stepOf(message.step()) == null) ? null : message;
	}

	public String titleOf(String slug) {
		return stepOf(slug).title();
	}

	/** One attempt: its place in the plan, when, and (once completed) its score and level. */
	record Attempt(int number, String token, LocalDateTime startedAt, LocalDateTime completedAt, Integer overall,
			String level) {

		public boolean completed() {
			return completedAt != null;
		}

	}

	/** A phase of the plan with its steps, and how many are done. */
	record Phase(String phase, List<Step> steps) {

		public long done() {
			return steps.stream().filter(Step::isDone).count();
		}

	}

	/**
	 * One step and what the person recorded on it. saved is the stored status; status, note and version
	 * are what the form shows: the stored record, or what was just sent when it could not be stored
	 * (then status may be null). errors maps a field (status or note) to its message.
	 */
	record Step(String slug, String title, String text, Line time, Line because, int hours, boolean ongoing,
			StepProgress.Status saved, StepProgress.Status status, String note, int version,
			Map<String, String> errors) {

		public boolean isDone() {
			return saved == StepProgress.Status.DONE;
		}

	}

	/** Hours of one-off steps not yet done, the weeks they take at the person's hours, and ongoing hours. */
	record Ahead(int hours, int weeks, int hoursPerWeek, int ongoingHoursPerWeek) {
	}

	/**
	 * A message about the last form: kind is saved, unchanged, stale, invalid or attemptDeleted; step
	 * names the step it is about, when it is about one.
	 */
	record Message(String kind, String step) {

		public boolean isProblem() {
			return kind.equals("stale") || kind.equals("invalid");
		}

	}

}
