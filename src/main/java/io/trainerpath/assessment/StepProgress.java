package io.trainerpath.assessment;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a person has recorded about one step of their plan: how far they are and a private note. Kept
 * per plan and step, so a retake that keeps the step keeps the record.
 */
@Entity
@Table(name = "plan_progress")
public class StepProgress {

	/** The longest note, in characters; the column holds exactly this many. */
	public static final int NOTE_MAX = 500;

	public enum Status {

		NOT_STARTED, IN_PROGRESS, DONE

	}

	/** The row's key: the plan and the step. */
	@Embeddable
	static class Key implements Serializable {

		private Long planId;

		private String stepSlug;

		protected Key() {
		}

		Key(Long planId, String stepSlug) {
			this.planId = planId;
			this.stepSlug = stepSlug;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(planId, key.planId) && Objects.equals(stepSlug, key.stepSlug);
		}

		@Override
		public int hashCode() {
			return Objects.hash(planId, stepSlug);
		}

	}

	@EmbeddedId
	private Key key;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String note;

	private LocalDateTime updatedAt;

	/** Null until first stored, which tells Spring Data to insert (and fail on a racing insert) rather than merge. */
	@Version
	private Integer version;

	protected StepProgress() {
	}

	StepProgress(Long planId, String stepSlug) {
		this.key = new Key(planId, stepSlug);
		this.status = Status.NOT_STARTED;
	}

	public String getStepSlug() {
		return key.stepSlug;
	}

	public Status getStatus() {
		return status;
	}

	/** The note, or an empty string when there is none. */
	public String getNote() {
		return note == null ? "" : note;
	}

	public LocalDateTime getUpdatedAt() {
		return updatedAt;
	}

	/** The version stored, or null for a record not yet stored. */
	public Integer getVersion() {
		return version;
	}

	boolean holds(Status status, String note) {
		return this.status == status && getNote().equals(note);
	}

	void record(Status status, String note, Clock clock) {
		this.status = status;
		this.note = note.isEmpty() ? null : note;
		this.updatedAt = LocalDateTime.now(clock);
	}

}
