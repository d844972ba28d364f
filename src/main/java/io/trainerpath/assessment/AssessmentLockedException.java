package io.trainerpath.assessment;

/** A completed assessment keeps its answers; changing them means taking the quiz again. */
public class AssessmentLockedException extends RuntimeException {

	public AssessmentLockedException() {
		super("This assessment is complete and can no longer be changed");
	}

}
