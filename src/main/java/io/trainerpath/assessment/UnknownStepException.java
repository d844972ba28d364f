package io.trainerpath.assessment;

/** A step the plan does not hold: nothing the plan page offers could name it. */
public class UnknownStepException extends RuntimeException {

	UnknownStepException() {
		super("The plan has no such step", null, false, false);
	}

}
