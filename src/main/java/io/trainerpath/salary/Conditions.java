package io.trainerpath.salary;

import java.util.List;
import java.util.Set;

import io.trainerpath.salary.SalaryModel.Factor;
import io.trainerpath.salary.SalaryModel.Option;

/**
 * What a rule asks of a situation: answers (pay factor options, where the field's tier stands for the
 * domain factor; several options of one factor mean any of them), how much annotation work the person
 * has done, and a range of hours a week. What is left empty or null is not asked, so conditions that
 * ask nothing hold for every situation. A rule that asks about annotation work never holds for a
 * person who did not say.
 */
public record Conditions(Set<String> options, AnnotationExperience annotation, Integer minHours, Integer maxHours) {

	public Conditions {
		options = Set.copyOf(options);
	}

	public boolean holdFor(SalaryModel model, SalaryChoices choices) {
		if (annotation != null && annotation != choices.annotation()) {
			return false;
		}
		if ((minHours != null && choices.hours() < minHours) || (maxHours != null && choices.hours() > maxHours)) {
			return false;
		}
		return answers(model).stream()
			.allMatch(asked -> asked.options().stream()
				.anyMatch(option -> option.slug().equals(model.chosenOption(choices, asked.factor()))));
	}

	public boolean askNothing() {
		return options.isEmpty() && annotation == null && minHours == null && maxHours == null;
	}

	/** The answers asked for, factor by factor in the form's order, each factor's options in theirs. */
	public List<Asked> answers(SalaryModel model) {
		return model.factors()
			.stream()
			.map(factor -> new Asked(factor,
					factor.options().stream().filter(option -> options.contains(option.slug())).toList()))
			.filter(asked -> !asked.options().isEmpty())
			.toList();
	}

	/** One factor's part of the conditions: any of these options. */
	public record Asked(Factor factor, List<Option> options) {
	}

}
