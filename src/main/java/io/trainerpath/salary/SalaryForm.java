package io.trainerpath.salary;

import java.util.LinkedHashMap;
import java.util.Map;

import io.trainerpath.catalog.WeeklyHours;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Range;

/**
 * The estimator's form, as the visitor filled it in. Bean Validation checks its shape; which levels,
 * fields and options exist is the model's to say ({@link SalaryModel#check}). The pay factors come
 * from the database, so their answers are a map from each factor's slug to the chosen option.
 */
public class SalaryForm {

	@NotBlank(message = "{salary.error.band.missing}")
	private String band = "";

	@NotBlank(message = "{salary.error.domain.missing}")
	private String domain = "";

	private Map<String, String> options = new LinkedHashMap<>();

	/** Optional: "" when the person did not say; {@link SalaryModel#check} knows the values. */
	private String annotation = "";

	@NotNull(message = "{salary.error.hours.missing}")
	@Range(min = WeeklyHours.MIN, max = WeeklyHours.MAX, message = "{salary.error.hours.range}")
	private Integer hours;

	// Platform and gig work, all optional: left out, the portal's assumption stands in.
	@Range(min = 0, max = PlatformCosts.MAX_UNPAID_MINUTES, message = "{salary.error.unpaid.range}")
	private Integer unpaid;

	@Range(min = 0, max = PlatformCosts.MAX_PERCENT, message = "{salary.error.rejected.range}")
	private Integer rejected;

	@Range(min = 0, max = PlatformCosts.MAX_PERCENT, message = "{salary.error.fee.range}")
	private Integer fee;

	/** The binding path of a factor's answer, where its errors are filed. */
	static String optionPath(String factor) {
		return "options[" + factor + "]";
	}

	/** The option chosen for a factor, or "" when none is. */
	public String option(String factor) {
		return options.getOrDefault(factor, "");
	}

	SalaryChoices toChoices() {
		return new SalaryChoices(band, domain, options, hours, AnnotationExperience.of(annotation).orElse(null),
				new PlatformAnswers(unpaid, rejected, fee));
	}

	/** Whether any platform figure was given, so the form shows that part open. */
	public boolean platformGiven() {
		return unpaid != null || rejected != null || fee != null;
	}

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

	public Map<String, String> getOptions() {
		return options;
	}

	public void setOptions(Map<String, String> options) {
		this.options = options;
	}

	public String getAnnotation() {
		return annotation;
	}

	public void setAnnotation(String annotation) {
		this.annotation = annotation;
	}

	public Integer getUnpaid() {
		return unpaid;
	}

	public void setUnpaid(Integer unpaid) {
		this.unpaid = unpaid;
	}

	public Integer getRejected() {
		return rejected;
	}

	public void setRejected(Integer rejected) {
		this.rejected = rejected;
	}

	public Integer getFee() {
		return fee;
	}

	public void setFee(Integer fee) {
		this.fee = fee;
	}

	public Integer getHours() {
		return hours;
	}

	public void setHours(Integer hours) {
		this.hours = hours;
	}

}
