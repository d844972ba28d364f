package io.trainerpath.salary;

/** What the form shows and sends back: plain text, checked by {@link SalaryRequest}. */
public class SalaryForm {

	private String band = "";

	private String domain = "";

	private String experience = "";

	private String location = "";

	private String employment = "";

	private String company = "";

	private String complexity = "";

	private String hours = String.valueOf(SalaryChoices.DEFAULT_HOURS);

	public String getBand() {
		return band;
	}

	public void setBand(String band) {
		this.band = band;
	}

	public String getDomain() {
		return domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public String getExperience() {
		return experience;
	}

	public void setExperience(String experience) {
		this.experience = experience;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getEmployment() {
		return employment;
	}

	public void setEmployment(String employment) {
		this.employment = employment;
	}

	public String getCompany() {
		return company;
	}

	public void setCompany(String company) {
		this.company = company;
	}

	public String getComplexity() {
		return complexity;
	}

	public void setComplexity(String complexity) {
		this.complexity = complexity;
	}

	public String getHours() {
		return hours;
	}

	public void setHours(String hours) {
		this.hours = hours;
	}

	/** The value of a factor's parameter, by the factor's slug. */
	public String option(String factor) {
		return switch (factor) {
			case "experience" -> experience;
			case "location" -> location;
			case "employment" -> employment;
			case "company" -> company;
			case "complexity" -> complexity;
			default -> "";
		};
	}

	void setOption(String factor, String value) {
		switch (factor) {
			case "experience" -> experience = value;
			case "location" -> location = value;
			case "employment" -> employment = value;
			case "company" -> company = value;
			case "complexity" -> complexity = value;
			default -> throw new IllegalArgumentException("No form field for factor " + factor);
		}
	}

}
