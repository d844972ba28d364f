package io.trainerpath.explore.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a visitor typed, made safe to search with: cut to {@link #MAX_LENGTH} characters and split into
 * words of at least two letters or digits. When nothing searchable is left, {@link #problem()} says why.
 */
record SearchQuery(String text, List<String> terms, boolean truncated, Problem problem) {

	/** Longer queries are cut here; nobody needs more to find something on a site this size. */
	static final int MAX_LENGTH = 100;

	/** Words shorter than this match too much to be useful, so they are left out. */
	static final int MIN_TERM_LENGTH = 2;

	static final int MAX_TERMS = 10;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	enum Problem {

		/** Nothing typed at all. */
		EMPTY,
		/** Only single letters or digits. */
		TOO_SHORT,
		/** Only punctuation or symbols, no letters or digits. */
		NO_WORDS

	}

	static SearchQuery parse(String raw) {
		// control characters are not allowed in HTML, so the page could not show the query back with them
		String text = raw == null ? "" : CONTROL.matcher(raw).replaceAll(" ").strip();
		boolean truncated = text.codePointCount(0, text.length()) > MAX_LENGTH;
		if (truncated) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		List<String> terms = new ArrayList<>();
		boolean anyWordCharacter = false;
		for (String word : text.split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			anyWordCharacter = true;
			String term = word.toLowerCase(Locale.ROOT);
			if (term.codePointCount(0, term.length()) >= MIN_TERM_LENGTH && !terms.contains(term)
					&& terms.size() < MAX_TERMS) {
				terms.add(term);
			}
		}
		Problem problem = text.isEmpty() ? Problem.EMPTY
				: !anyWordCharacter ? Problem.NO_WORDS : terms.isEmpty() ? Problem.TOO_SHORT : null;
		return new SearchQuery(text, List.copyOf(terms), truncated, problem);
	}

	public boolean searchable() {
		return problem == null;
	}

}
