package io.trainerpath.salary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.trainerpath.salary.SalaryModel.Factor;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Validator;

/**
 * Reads the salary URL contract (band, domain, one parameter per pay factor, hours, and the optional
 * annotation and platform figures), the same for the page and the API: binds the parameters to a {@link SalaryForm}, lets
 * Bean Validation check their shape and the model check its codes. The first edition's parameters are
 * required; the ones added since are optional, so its addresses keep working.
 */
@Component
class SalaryRequests {

	static final String BAND = "band";

	static final String DOMAIN = "domain";

	static final String HOURS = "hours";

	static final String ANNOTATION = "annotation";

	/** Platform and gig work: unpaid minutes per paid hour, percent rejected or unpaid, percent fee. */
	static final String UNPAID = "unpaid";

	static final String REJECTED = "rejected";

	static final String FEE = "fee";

	static final List<String> PLATFORM_PARAMETERS = List.of(UNPAID, REJECTED, FEE);

	/** Only on the form's address: where the visitor came from ("quiz"), so the form can say what it filled in. */
	static final String FROM = "from";

	static final String FROM_QUIZ = "quiz";

	/** The parameters the readiness quiz sends, in the form's order. */
	static final List<String> QUIZ_PARAMETERS = List.of(BAND, DOMAIN, "experience", "employment", ANNOTATION, HOURS);

	/** The form's own fields, as opposed to the factors' entries in its map of options. */
	private static final List<String> FIELDS = List.of(BAND, DOMAIN, ANNOTATION, HOURS, UNPAID, REJECTED, FEE);

	/** The whole numbers, whose text is kept for showing back. */
	private static final List<String> NUMBERS = List.of(HOURS, UNPAID, REJECTED, FEE);

	static final String FORM = "salaryForm";

	/** Longest number text kept for showing back; anything longer is wrong anyway. */
	private static final int MAX_ECHO = 12;

	private final Validator validator;

	SalaryRequests(Validator validator) {
		this.validator = validator;
	}

	/** The parameter names in the order the form asks for them. */
	static List<String> parameters(SalaryModel model) {
		List<String> names = new ArrayList<>(List.of(BAND, DOMAIN));
		names.addAll(factorParameters(model));
		names.add(ANNOTATION);
		names.add(HOURS);
		names.addAll(PLATFORM_PARAMETERS);
		return names;
	}

	/** The factors with a question of their own; the domain factor follows from the chosen field. */
	static List<String> factorParameters(SalaryModel model) {
		return model.factors()
			.stream()
			.map(Factor::slug)
			.filter(slug -> !SalaryChoices.DOMAIN_FACTOR.equals(slug))
			.toList();
	}

	/** The bound form and every error in it; without errors, {@code toChoices()} gives the situation. */
	BindingResult read(MultiValueMap<String, String> params, SalaryModel model) {
		SalaryForm form = new SalaryForm();
		DataBinder binder = new DataBinder(form, FORM);
		binder.setValidator(validator);
		MutablePropertyValues values = new MutablePropertyValues();
		List<String> repeated = new ArrayList<>();
		for (String name : parameters(model)) {
			List<String> given = params.get(name);
			if (given == null || given.isEmpty()) {
				continue;
			}
			if (given.size() > 1) {
				repeated.add(name);
			}
			String value = given.get(0).strip();
			values.add(path(name), NUMBERS.contains(name) && value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) : value);
		}
		binder.bind(values);
		binder.validate();
		BindingResult result = binder.getBindingResult();
		for (String name : repeated) {
			if (!result.hasFieldErrors(path(name))) {
				result.rejectValue(path(name), "salary.error.repeated",
						new Object[] { new DefaultMessageSourceResolvable(labelCode(name)) }, null);
			}
		}
		model.check(form, result);
		return inFormOrder(result, model);
	}

	/** The errors in the order the form asks its questions, as the error summary lists them. */
	private static BindingResult inFormOrder(BindingResult result, SalaryModel model) {
		List<String> order = parameters(model);
		BindingResult ordered = new BeanPropertyBindingResult(result.getTarget(), FORM);
		result.getFieldErrors()
			.stream()
			.sorted(Comparator.comparingInt(error -> order.indexOf(parameter(error.getField()))))
			.forEach(ordered::addError);
		return ordered;
	}

	/**
	 * For the form's first showing: what is valid is kept, everything else is left unanswered. Nothing
	 * the person did not say is chosen for them, not even the hours.
	 */
	SalaryForm prefill(MultiValueMap<String, String> params, SalaryModel model) {
		BindingResult read = read(params, model);
		SalaryForm given = (SalaryForm) read.getTarget();
		SalaryForm form = new SalaryForm();
		form.setBand(read.hasFieldErrors(BAND) ? "" : given.getBand());
		form.setDomain(read.hasFieldErrors(DOMAIN) ? "" : given.getDomain());
		for (String factor : factorParameters(model)) {
			if (!read.hasFieldErrors(path(factor)) && !given.option(factor).isBlank()) {
				form.getOptions().put(factor, given.option(factor));
			}
		}
		form.setAnnotation(read.hasFieldErrors(ANNOTATION) ? "" : given.getAnnotation());
		form.setHours(read.hasFieldErrors(HOURS) ? null : given.getHours());
		form.setUnpaid(read.hasFieldErrors(UNPAID) ? null : given.getUnpaid());
		form.setRejected(read.hasFieldErrors(REJECTED) ? null : given.getRejected());
		form.setFee(read.hasFieldErrors(FEE) ? null : given.getFee());
		return form;
	}

	/** Which of the quiz's answers a prefilled form holds, in the form's order: what it may say it filled in. */
	static List<String> filledFromQuiz(MultiValueMap<String, String> params, SalaryForm prefilled) {
		if (!FROM_QUIZ.equals(params.getFirst(FROM))) {
			return List.of();
		}
		return QUIZ_PARAMETERS.stream().filter(name -> {
			Object value = switch (name) {
				case BAND -> prefilled.getBand();
				case DOMAIN -> prefilled.getDomain();
				case ANNOTATION -> prefilled.getAnnotation();
				case HOURS -> prefilled.getHours();
				default -> prefilled.option(name);
			};
			return value != null && !value.toString().isBlank();
		}).toList();
	}

	/** Where a parameter is bound: the form's own fields, or a factor's entry in its map of options. */
	static String path(String parameter) {
		return FIELDS.contains(parameter) ? parameter : SalaryForm.optionPath(parameter);
	}

	/** The parameter a binding path came from: the inverse of {@link #path}. */
	static String parameter(String path) {
		return path.startsWith("options[") ? path.substring("options[".length(), path.length() - 1) : path;
	}

	private static String labelCode(String parameter) {
		return "salary.form." + parameter + ".label";
	}

}
