package io.trainerpath.assessment;

import java.util.List;
import java.util.Optional;

/** A scored question about one skill: a self-rating or a short scenario. */
public record QuizQuestion(String slug, String skillSlug, String kind, String prompt, String hint,
		String shortPrompt, List<QuizOption> options) {

	public QuizQuestion {
		options = List.copyOf(options);
		if (options.isEmpty()) {
			throw new IllegalArgumentException("A question needs options: " + slug);
		}
	}

	public Optional<QuizOption> option(String optionSlug) {
		return options.stream().filter(option -> option.slug().equals(optionSlug)).findFirst();
	}

	public boolean isScenario() {
		return "scenario".equals(kind);
	}

}
