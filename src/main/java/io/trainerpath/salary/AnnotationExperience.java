package io.trainerpath.salary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How much annotation work a person has done, when they said so (the readiness quiz asks, and links
 * here with the answer). The slugs are the quiz's, as plain values: the estimator keeps its own list
 * rather than reading the quiz's table, so the features stay apart.
 */
public enum AnnotationExperience {

	NONE("none"), TRIED("tried"), PAID("paid"), LED("led");

	private final String slug;

	AnnotationExperience(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public static Optional<AnnotationExperience> of(String slug) {
		return Arrays.stream(values()).filter(value -> value.slug.equals(slug)).findFirst();
	}

	public static List<String> slugs() {
		return Arrays.stream(values()).map(AnnotationExperience::slug).toList();
	}

}
