package io.trainerpath.salary;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses that carry a situation: the salary URL contract's parameters, in the form's order; the
 * optional ones only when the person gave them.
 */
final class SalaryLinks {

	private SalaryLinks() {
	}

	static String query(SalaryModel model, SalaryChoices choices) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance()
			.queryParam(SalaryRequests.BAND, choices.band())
			.queryParam(SalaryRequests.DOMAIN, choices.field());
		SalaryRequests.factorParameters(model).forEach(factor -> builder.queryParam(factor, choices.option(factor)));
		ifGiven(builder, SalaryRequests.ANNOTATION, choices.annotation() == null ? null : choices.annotation().slug());
		builder.queryParam(SalaryRequests.HOURS, choices.hours());
		ifGiven(builder, SalaryRequests.UNPAID, choices.platform().unpaidMinutes());
		ifGiven(builder, SalaryRequests.REJECTED, choices.platform().rejectedPercent());
		ifGiven(builder, SalaryRequests.FEE, choices.platform().feePercent());
		return builder.encode().build().getQuery();
	}

	private static void ifGiven(UriComponentsBuilder builder, String name, Object value) {
		if (value != null) {
			builder.queryParam(name, value);
		}
	}

	static String estimate(SalaryModel model, SalaryChoices choices) {
		return "/salary/estimate?" + query(model, choices);
	}

	static String form(SalaryModel model, SalaryChoices choices) {
		return "/salary?" + query(model, choices);
	}

}
