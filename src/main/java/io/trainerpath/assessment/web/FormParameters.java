package io.trainerpath.assessment.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.trainerpath.assessment.InvalidAnswersException;
import org.springframework.util.MultiValueMap;

/**
 * Guards a posted step before anything reads it: only the fields the step shows, each at most once
 * (work types may repeat as checkboxes, but never the same one twice).
 */
final class FormParameters {

	static final String CSRF = "_csrf";

	static final String CHANGE = "change";

	private FormParameters() {
	}

	static void requireOnly(MultiValueMap<String, String> parameters, Set<String> allowed, Set<String> multiValued) {
		parameters.forEach((name, values) -> {
			if (!allowed.contains(name) && !name.equals(CSRF) && !name.equals(CHANGE)) {
				throw new InvalidAnswersException("A field this step does not have");
			}
			if (values.size() > 1 && (!multiValued.contains(name) || new HashSet<>(values).size() != values.size())) {
				throw new InvalidAnswersException("A field sent more than once");
			}
		});
	}

	static boolean changing(MultiValueMap<String, String> parameters) {
		List<String> values = parameters.get(CHANGE);
		return values != null && values.size() == 1 && "true".equals(values.get(0));
	}

}
