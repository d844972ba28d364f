package io.trainerpath.salary;

import java.util.List;

import io.trainerpath.salary.SalaryModel.Band;

/**
 * The level a situation fits, beside the one the person chose ({@code chosen} is null when they were not
 * sure and left it to us), the rule that decided it, and any answers that contradict each other.
 */
public record LevelAdvice(Band chosen, Band suggested, LevelRule rule, List<Contradiction> contradictions) {

	public LevelAdvice {
		contradictions = List.copyOf(contradictions);
	}

	public boolean unsure() {
		return chosen == null;
	}

	/** Whether the figures need no second look: the person chose the level their answers fit, or left it to us. */
	public boolean agrees() {
		return chosen == null || chosen.slug().equals(suggested.slug());
	}

	/** The level the figures are for: the chosen one, or the suggestion when the person was not sure. */
	public Band band() {
		return chosen == null ? suggested : chosen;
	}

}
