package io.trainerpath.assessment;

/** Answers that no honest form could have sent: unknown options, wrong steps, numbers out of range. */
public class InvalidAnswersException extends RuntimeException {

	public InvalidAnswersException(String message) {
		super(message);
	}

}
