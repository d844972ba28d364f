package io.trainerpath.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A scored question about one skill: a self-rating, a short situation, or an item of the practice
 * task ({@code practice}: labelled by the task's guideline, its key the only option that scores). A
 * question that assumes a field of expertise has other wording for people with none.
 */
public record QuizQuestion(String slug, String skillSlug, String kind, String prompt, String hint,
		String shortPrompt, List<QuizOption> options, String generalistPrompt, boolean practice) {

	public QuizQuestion {
		options = List.copyOf(options);
		if (options.isEmpty()) {
			throw new IllegalArgumentException("A question needs options: " + slug);
		}
	}

	public QuizQuestion(String slug, String skillSlug, String kind, String prompt, String hint, String shortPrompt,
			List<QuizOption> options) {
		this(slug, skillSlug, kind, prompt, hint, shortPrompt, options, null, false);
	}

	public Optional<QuizOption> option(String optionSlug) {
		return options.stream().filter(option -> option.slug().equals(optionSlug)).findFirst();
	}

	/** The option that scores most: the answer the quiz hopes for, or the practice item's key. */
	public QuizOption best() {
		return options.stream().max(Comparator.comparingInt(QuizOption::score)).orElseThrow();
	}

	/** The wording for this person: the generalist's, when they have no particular field and there is one. */
	public String prompt(boolean generalist) {
		return generalist && generalistPrompt != null ? generalistPrompt : prompt;
	}

	public boolean isScenario() {
		return "scenario".equals(kind) && !practice;
	}

	public boolean isSelfRating() {
		return "self-rating".equals(kind);
	}

}
