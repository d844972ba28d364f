package io.trainerpath.salary;

/**
 * Two answers that pull against each other, named for the person in plain words: the level they chose
 * ({@code chosenBand}; null for any level, and then it also applies to people who were not sure) and
 * the other answers that do not fit with it.
 */
public record Contradiction(String slug, String chosenBand, Conditions conditions, String message) {

	/** Whether this situation has it; {@code chosenBand} is null when the person left the level to us. */
	public boolean foundIn(SalaryModel model, SalaryChoices choices, String chosenBand) {
		return (this.chosenBand == null || this.chosenBand.equals(chosenBand)) && conditions.holdFor(model, choices);
	}

}
