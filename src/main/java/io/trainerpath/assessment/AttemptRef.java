package io.trainerpath.assessment;

/**
 * An attempt of a plan by its id and token only: enough to say where an attempt sits among the others
 * without loading every attempt's answers and scores.
 */
public interface AttemptRef {

	Long getId();

	String getToken();

}
