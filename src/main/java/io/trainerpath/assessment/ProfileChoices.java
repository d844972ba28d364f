package io.trainerpath.assessment;

import java.util.List;
import java.util.Optional;

/** The answers "About you" offers beyond the catalog's: annotation experience, languages, preparation. */
public record ProfileChoices(List<AnnotationExperience> annotationExperience, List<Choice> languages,
		List<Choice> languageLevels, List<Choice> preparation) {

	public ProfileChoices {
		annotationExperience = List.copyOf(annotationExperience);
		languages = List.copyOf(languages);
		languageLevels = List.copyOf(languageLevels);
		preparation = List.copyOf(preparation);
	}

	/** An answer by its slug and label; {@code professional} only matters for language levels. */
	public record Choice(String slug, String label, boolean professional) {
	}

	/** How much annotation work a person has done, how deep that is (0–3), and what the estimator calls it. */
	public record AnnotationExperience(String slug, String label, String description, int depth,
			String salaryExperience) {
	}

	public Optional<AnnotationExperience> annotationExperience(String slug) {
		return annotationExperience.stream().filter(level -> level.slug().equals(slug)).findFirst();
	}

	public Optional<Choice> language(String slug) {
		return languages.stream().filter(language -> language.slug().equals(slug)).findFirst();
	}

	public Optional<Choice> languageLevel(String slug) {
		return languageLevels.stream().filter(level -> level.slug().equals(slug)).findFirst();
	}

	public Optional<Choice> preparation(String slug) {
		return preparation.stream().filter(step -> step.slug().equals(slug)).findFirst();
	}

}
