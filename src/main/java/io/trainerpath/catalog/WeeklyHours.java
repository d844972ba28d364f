package io.trainerpath.catalog;

/**
 * The hours a week a person may give to the work, as every form here asks for them: whole hours from
 * one to eighty, forty being a full-time week. One place, so the quiz and the estimator agree.
 */
public final class WeeklyHours {

	public static final int MIN = 1;

	public static final int MAX = 80;

	public static final int FULL_TIME = 40;

	private WeeklyHours() {
	}

	public static boolean isValid(int hours) {
		return hours >= MIN && hours <= MAX;
	}

}
