package io.trainerpath.salary;

import org.springframework.web.util.UriComponentsBuilder;

/** Addresses that carry a situation: the salary URL contract's parameters, in the form's order. */
final class SalaryLinks {

	private SalaryLinks() {
	}

	static String query(SalaryModel model, SalaryChoices choices) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance()
			.queryParam(SalaryRequests.BAND, choices.band())
			.queryParam(SalaryRequests.DOMAIN, choices.field());
		SalaryRequests.factorParameters(model).forEach(factor -> builder.queryParam(factor, choices.option(factor)));
		if (choices.annotation() != null) {
			builder.queryParam(SalaryRequests.ANNOTATION, choices.annotation().slug());
		}
		return builder.queryParam(SalaryRequests.HOURS, choices.hours()).encode().build().getQuery();
	}

	static String estimate(SalaryModel model, SalaryChoices choices) {
		return "/salary/estimate?" + query(model, choices);
	}

	static String form(SalaryModel model, SalaryChoices choices) {
		return "/salary?" + query(model, choices);
	}

}
