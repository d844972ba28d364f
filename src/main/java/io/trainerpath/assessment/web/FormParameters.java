package io.trainerpath.assessment.web;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.trainerpath.assessment.InvalidAnswersException;

/**
 * Guards a posted step before anything reads it: only the fields the step shows, each at most once
 * (work types may repeat as checkboxes, but never the same one twice).
 */
final class FormParameters {

	static final String CSRF = "_csrf";

	static final String CHANGE = "change";

	private FormParameters() {
	}

	static void requireOnly(Map<String, String[]> parameters, Set<String> allowed, Set<String> multiValued) {
		parameters.forEach((name, values) -> {
			if (!allowed.contains(name) && !name.equals(CSRF) && !name.equals(CHANGE)) {
				throw new InvalidAnswersException("A field this step does not have");
			}
			if (values.length > 1 && (!multiValued.contains(name) || new HashSet<>(Arrays.asList(values)).size() != values.length)) {
				throw new InvalidAnswersException("A field sent more than once");
			}
		});
	}

	static boolean changing(Map<String, String[]> parameters) {
		String[] values = parameters.get(CHANGE);
		return values != null && values.length == 1 && "true".equals(values[0]);
	}

}
