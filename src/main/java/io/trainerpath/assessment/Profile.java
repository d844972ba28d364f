package io.trainerpath.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trainerpath.catalog.WeeklyHours;

/**
 * The unscored "About you" answers: field of expertise (domain slug), years in it, hours a week
 * available, the employment option (a pay factor option slug), the kinds of work that appeal, how much
 * annotation work the person has done, the languages they can work in (language slug to level slug)
 * and the preparation they have already done. The last three are null when not known: attempts from
 * before they were asked, or API clients that leave them out. Empty is an answer: none.
 */
public record Profile(String domainSlug, int yearsOfExperience, int hoursPerWeek, String employment,
		List<String> workTypes, String annotationExperience, Map<String, String> languages, List<String> preparation) {

	public static final int MAX_YEARS = 60;

	/** The field that stands for "no particular specialism". */
	public static final String GENERAL_FIELD = "general";

	public Profile {
		workTypes = List.copyOf(workTypes);
		languages = languages == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(languages));
		preparation = preparation == null ? null : List.copyOf(preparation);
		if (yearsOfExperience < 0 || yearsOfExperience > MAX_YEARS) {
			throw new InvalidAnswersException("Years of experience out of range");
		}
		if (!WeeklyHours.isValid(hoursPerWeek)) {
			throw new InvalidAnswersException("Hours per week out of range");
		}
	}

	/** The first edition's answers only: the rest not known. */
	public Profile(String domainSlug, int yearsOfExperience, int hoursPerWeek, String employment,
			List<String> workTypes) {
		this(domainSlug, yearsOfExperience, hoursPerWeek, employment, workTypes, null, null, null);
	}

	public boolean hasField() {
		return !GENERAL_FIELD.equals(domainSlug);
	}

}
