package io.trainerpath.assessment;

import java.util.List;

import io.trainerpath.catalog.WeeklyHours;

/**
 * The unscored "About you" answers: field of expertise (domain slug), years in it, hours a week
 * available, the employment option (a pay factor option slug) and the kinds of work that appeal.
 */
public record Profile(String domainSlug, int yearsOfExperience, int hoursPerWeek, String employment,
		List<String> workTypes) {

	public static final int MAX_YEARS = 60;

	public Profile {
		workTypes = List.copyOf(workTypes);
		if (yearsOfExperience < 0 || yearsOfExperience > MAX_YEARS) {
			throw new InvalidAnswersException("Years of experience out of range");
		}
		if (!WeeklyHours.isValid(hoursPerWeek)) {
			throw new InvalidAnswersException("Hours per week out of range");
		}
	}

}
