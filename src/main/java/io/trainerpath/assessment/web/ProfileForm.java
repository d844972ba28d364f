package io.trainerpath.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** The language levels, as the form's two lists of languages name them. */
	static final String PROFESSIONAL = "professional";

	static final String WORKING = "working";

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

	@NotBlank(message = "{assessment.profile.annotation.required}")
	private String annotation;

	/** Languages the person could write and review text in for paid work. */
	private List<String> professionalLanguages = new ArrayList<>();

	/** Languages they can read and check simple text in; one also named above counts as professional. */
	private List<String> workingLanguages = new ArrayList<>();

	private List<String> preparation = new ArrayList<>();

	static ProfileForm from(Profile profile) {
		ProfileForm form = new ProfileForm();
		form.domain = profile.domainSlug();
		form.years = profile.yearsOfExperience();
		form.hours = profile.hoursPerWeek();
		form.workTypes = new ArrayList<>(profile.workTypes());
		form.employment = profile.employment();
		form.annotation = profile.annotationExperience();
		if (profile.languages() != null) {
			profile.languages().forEach((language, level) -> (PROFESSIONAL.equals(level) ? form.professionalLanguages
					: form.workingLanguages).add(language));
		}
		form.preparation = profile.preparation() == null ? new ArrayList<>() : new ArrayList<>(profile.preparation());
		return form;
	}

	/** The profile these answers make; call only once they are valid. */
	Profile toProfile() {
		Map<String, String> languages = new LinkedHashMap<>();
		orEmpty(workingLanguages).forEach(language -> languages.put(language, WORKING));
		orEmpty(professionalLanguages).forEach(language -> languages.put(language, PROFESSIONAL));
		return new Profile(domain, years, hours, employment, orEmpty(workTypes), annotation, languages,
				orEmpty(preparation));
	}

	private static List<String> orEmpty(List<String> values) {
		return values == null ? List.of() : values;
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

	public String getAnnotation() {
		return annotation;
	}

	public void setAnnotation(String annotation) {
		this.annotation = annotation;
	}

	public List<String> getProfessionalLanguages() {
		return professionalLanguages;
	}

	public void setProfessionalLanguages(List<String> professionalLanguages) {
		this.professionalLanguages = professionalLanguages;
	}

	public List<String> getWorkingLanguages() {
		return workingLanguages;
	}

	public void setWorkingLanguages(List<String> workingLanguages) {
		this.workingLanguages = workingLanguages;
	}

	public List<String> getPreparation() {
		return preparation;
	}

	public void setPreparation(List<String> preparation) {
		this.preparation = preparation;
	}

	public String getEmployment() {
		return employment;
	}

	public void setEmployment(String employment) {
		this.employment = employment;
	}

}
