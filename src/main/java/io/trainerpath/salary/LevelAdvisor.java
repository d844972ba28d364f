package io.trainerpath.salary;

import java.util.List;

import io.trainerpath.salary.SalaryModel.Band;

/**
 * Works out which of the guide's levels a situation fits, from the answers other than the level, by
 * the model's rules; and names the answers that contradict each other. Pure: no Spring, no database.
 */
public final class LevelAdvisor {

	private LevelAdvisor() {
	}

	/** {@code asked} may name a level or leave it to us ({@link SalaryChoices#levelUnsure()}). */
	public static LevelAdvice advise(SalaryModel model, SalaryChoices asked) {
		LevelRule rule = suggestion(model, asked);
		Band suggested = band(model, rule.band());
		Band chosen = asked.levelUnsure() ? null : band(model, asked.band());
		List<Contradiction> contradictions = model.contradictions()
			.stream()
			.filter(contradiction -> contradiction.foundIn(model, asked, chosen == null ? null : chosen.slug()))
			.toList();
		return new LevelAdvice(chosen, suggested, rule, contradictions);
	}

	/** The first rule whose conditions hold; the level the person chose plays no part. */
	public static LevelRule suggestion(SalaryModel model, SalaryChoices choices) {
		return model.levelRules()
			.stream()
			.filter(rule -> rule.conditions().holdFor(model, choices))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No level rule fits, and the rules end without a catch-all"));
	}

	private static Band band(SalaryModel model, String slug) {
		return model.band(slug).orElseThrow(() -> new IllegalArgumentException("Unknown band " + slug));
	}

}
