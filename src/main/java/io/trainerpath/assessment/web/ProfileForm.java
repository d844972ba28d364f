package io.trainerpath.assessment.web;

import java.util.ArrayList;
import java.util.List;

import io.trainerpath.assessment.Profile;
import io.trainerpath.catalog.WeeklyHours;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Range;

/**
 * The "About you" step as the browser posts it. Bean Validation marks what is missing or out of range
 * beside its field; whether a chosen field, kind of work or employment exists is the facade's to check.
 */
public class ProfileForm {

	@NotBlank(message = "{assessment.profile.domain.required}")
	private String domain;

	@NotNull(message = "{assessment.profile.years.required}")
	@Range(min = 0, max = Profile.MAX_YEARS, message = "{assessment.profile.years.range}")
	private Integer years;

	@NotNull(message = "{assessment.profile.hours.required}")
	@Range(min = WeeklyHours.MIN, max = WeeklyHours.MAX, message = "{assessment.profile.hours.range}")
	private Integer hours;

	private List<String> workTypes = new ArrayList<>();

	@NotBlank(message = "{assessment.profile.employment.required}")
	private String employment;

	static ProfileForm from(Profile profile) {
		ProfileForm form = new ProfileForm();
		form.domain = profile.domainSlug();
		form.years = profile.yearsOfExperience();
		form.hours = profile.hoursPerWeek();
		form.workTypes = new ArrayList<>(profile.workTypes());
		form.employment = profile.employment();
		return form;
	}

	/** The profile these answers make; call only once they are valid. */
	Profile toProfile() {
		return new Profile(domain, years, hours, employment, workTypes == null ? List.of() : workTypes);
	}

	public String getDomain() {
		return domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public Integer getYears() {
		return years;
	}

	public void setYears(Integer years) {
		this.years = years;
	}

	public Integer getHours() {
		return hours;
	}

	public void setHours(Integer hours) {
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
