package io.trainerpath.assessment;

/** One answer a person can pick, with the score it carries (0 to 100) and its wording for generalists. */
public record QuizOption(String slug, String label, int score, String generalistLabel) {

	public QuizOption {
		if (score < 0 || score > 100) {
			throw new IllegalArgumentException("An option scores from 0 to 100: " + slug);
		}
	}

	public QuizOption(String slug, String label, int score) {
		this(slug, label, score, null);
	}

	public String label(boolean generalist) {
		return generalist && generalistLabel != null ? generalistLabel : label;
	}

}
