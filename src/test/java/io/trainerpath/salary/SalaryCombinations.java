package io.trainerpath.salary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trainerpath.catalog.WeeklyHours;

/** Every situation the estimator can be asked about, enumerated: the space is small. */
final class SalaryCombinations {

	private static final int[] SOME_HOURS = { 1, 7, 20, 38, 40, 45, 63, 80 };

	private SalaryCombinations() {
	}

	/** One field for each tier: the estimate depends on the tier only. */
	static List<SalaryModel.Field> fieldPerTier(SalaryModel model) {
		Map<String, SalaryModel.Field> byTier = new LinkedHashMap<>();
		model.fields().forEach(field -> byTier.putIfAbsent(field.tier(), field));
		return List.copyOf(byTier.values());
	}

	/**
	 * Every band × field tier × option of every other factor. Hours vary across the list so the
	 * conversion is checked at many values; the estimate inside the band does not depend on them.
	 */
	static List<SalaryChoices> all(SalaryModel model) {
		List<Map<String, String>> optionSets = new ArrayList<>();
		optionSets.add(Map.of());
		for (String factor : SalaryRequests.factorParameters(model)) {
			List<Map<String, String>> next = new ArrayList<>();
			for (Map<String, String> set : optionSets) {
				for (SalaryModel.Option option : model.factor(factor).orElseThrow().options()) {
					Map<String, String> extended = new LinkedHashMap<>(set);
					extended.put(factor, option.slug());
					next.add(extended);
				}
			}
			optionSets = next;
		}
		List<SalaryChoices> all = new ArrayList<>();
		for (SalaryModel.Band band : model.bands()) {
			for (SalaryModel.Field field : fieldPerTier(model)) {
				for (Map<String, String> options : optionSets) {
					int hours = SOME_HOURS[all.size() % SOME_HOURS.length];
					all.add(new SalaryChoices(band.slug(), field.slug(), options, hours));
				}
			}
		}
		return all;
	}

	/** The same situation with every factor at the option picked by {@code pick}. */
	static SalaryChoices uniform(SalaryModel model, String band,
			java.util.function.Function<SalaryModel.Factor, SalaryModel.Option> pick) {
		Map<String, String> options = new LinkedHashMap<>();
		SalaryRequests.factorParameters(model)
			.forEach(factor -> options.put(factor, pick.apply(model.factor(factor).orElseThrow()).slug()));
		String domainOption = pick.apply(model.factor(SalaryChoices.DOMAIN_FACTOR).orElseThrow()).slug();
		SalaryModel.Field field = model.fields()
			.stream()
			.filter(f -> f.domainOption().equals(domainOption))
			.findFirst()
			.orElseThrow();
		return new SalaryChoices(band, field.slug(), options, WeeklyHours.FULL_TIME);
	}

	/** The next more favourable option of one factor, if there is one (the field moves up a tier). */
	static java.util.Optional<SalaryChoices> oneStepBetter(SalaryModel model, SalaryChoices choices, String factor) {
		if (SalaryChoices.DOMAIN_FACTOR.equals(factor)) {
			String current = model.field(choices.field()).orElseThrow().domainOption();
			return next(model.factor(factor).orElseThrow(), current).flatMap(option -> fieldPerTier(model).stream()
				.filter(f -> f.domainOption().equals(option.slug()))
				.findFirst())
				.map(field -> new SalaryChoices(choices.band(), field.slug(), choices.options(), choices.hours()));
		}
		return next(model.factor(factor).orElseThrow(), choices.option(factor))
			.map(option -> choices.withOption(factor, option.slug()));
	}

	private static java.util.Optional<SalaryModel.Option> next(SalaryModel.Factor factor, String slug) {
		List<SalaryModel.Option> options = factor.options();
		for (int i = 0; i < options.size() - 1; i++) {
			if (options.get(i).slug().equals(slug)) {
				return java.util.Optional.of(options.get(i + 1));
			}
		}
		return java.util.Optional.empty();
	}

}
