package io.trainerpath.assessment.web;

import java.util.ArrayList;
import java.util.List;

import io.trainerpath.assessment.InvalidAnswersException;
import io.trainerpath.assessment.Profile;
import org.springframework.validation.Errors;

/** The "About you" step as the browser posts it. Numbers stay text until checked. */
public class ProfileForm {

	private String domain;

	private String years;

	private String hours;

	private List<String> workTypes = new ArrayList<>();

	private String employment;

	static ProfileForm from(Profile profile) {
		ProfileForm form = new ProfileForm();
		form.domain = profile.domainSlug();
		form.years = String.valueOf(profile.yearsOfExperience());
		form.hours = String.valueOf(profile.hoursPerWeek());
		form.workTypes = new ArrayList<>(profile.workTypes());
		form.employment = profile.employment();
		return form;
	}

	/**
	 * Marks what is missing on the form; throws for values no form could send (text in a number
	 * field, a number out of range). Returns the profile when nothing is missing.
	 */
	Profile validate(Errors errors) {
		if (isBlank(domain)) {
			errors.rejectValue("domain", "assessment.profile.domain.required");
		}
		Integer yearsValue = number(years, 0, Profile.MAX_YEARS);
		if (yearsValue == null) {
			errors.rejectValue("years", "assessment.profile.years.required");
		}
		Integer hoursValue = number(hours, Profile.MIN_HOURS, Profile.MAX_HOURS);
		if (hoursValue == null) {
			errors.rejectValue("hours", "assessment.profile.hours.required");
		}
		if (isBlank(employment)) {
			errors.rejectValue("employment", "assessment.profile.employment.required");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Profile(domain, yearsValue, hoursValue, employment, workTypes == null ? List.of() : workTypes);
	}

	private static Integer number(String text, int min, int max) {
		if (isBlank(text)) {
			return null;
		}
		int value;
		try {
			value = Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidAnswersException("Not a whole number");
		}
		if (value < min || value > max) {
			throw new InvalidAnswersException("Number out of range");
		}
		return value;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public String getDomain() {
		return domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public String getYears() {
		return years;
	}

	public void setYears(String years) {
		this.years = years;
	}

	public String getHours() {
		return hours;
	}

	public void setHours(String hours) {
		this.hours = hours;
	}

	public List<String> getWorkTypes() {
		return workTypes;
	}

	public void setWorkTypes(List<String> workTypes) {
		this.workTypes = workTypes;
	}

	public String getEmployment() {
		return employment;
	}

	public void setEmployment(String employment) {
		this.employment = employment;
	}

}
