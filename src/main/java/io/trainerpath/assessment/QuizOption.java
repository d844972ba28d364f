package io.trainerpath.assessment;

/** One answer a person can pick, with the score it carries (0 to 100). */
public record QuizOption(String slug, String label, int score) {

	public QuizOption {
		if (score < 0 || score > 100) {
			throw new IllegalArgumentException("An option scores from 0 to 100: " + slug);
		}
	}

}
