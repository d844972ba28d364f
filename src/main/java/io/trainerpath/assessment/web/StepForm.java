package io.trainerpath.assessment.web;

import io.trainerpath.assessment.StepProgress;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One step's form on the plan page: how far the person is, their private note, and the version of
 * the record the form was made from, so that a save from a stale tab is noticed.
 */
record StepForm(@NotNull(message = "{plan.step.status.required}") StepProgress.Status status,
		@Size(max = StepProgress.NOTE_MAX, message = "{plan.step.note.size}")
		@Pattern(regexp = "[^\\p{Cc}&&[^\\n\\t]]*", message = "{plan.step.note.control}") String note,
		@NotNull Integer version) {

	/**
	 * The note as stored: browsers send a textarea's line breaks as CR LF, and space around it means
	 * nothing.
	 */
	StepForm {
		note = note == null ? "" : note.replace("\r\n", "\n").strip();
	}

}
