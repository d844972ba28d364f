package io.trainerpath.explore.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into plain and highlighted parts, and cuts a short snippet around the first match.
 * The parts are plain strings: the page prints each with th:text, so nothing typed into the search
 * box can ever become markup.
 */
final class Highlighter {

	/** Roughly how long a snippet is, in characters. */
	static final int SNIPPET_LENGTH = 180;

	/** How much text a snippet shows before its first match. */
	static final int LEAD_IN = 50;

	private Highlighter() {
	}

	record Part(String text, boolean highlighted) {
	}

	/** Every occurrence of any term, ignoring case, becomes a highlighted part. */
	static List<Part> parts(String text, List<String> terms) {
		List<Part> parts = new ArrayList<>();
		int plainStart = 0;
		int i = 0;
		while (i < text.length()) {
			int length = longestMatchAt(text, i, terms);
			if (length > 0) {
				if (i > plainStart) {
					parts.add(new Part(text.substring(plainStart, i), false));
				}
				parts.add(new Part(text.substring(i, i + length), true));
				i += length;
				plainStart = i;
			}
			else {
				i++;
			}
		}
		if (plainStart < text.length()) {
			parts.add(new Part(text.substring(plainStart), false));
		}
		return parts;
	}

	/** About {@link #SNIPPET_LENGTH} characters around the first match, cut at spaces, with ellipses. */
	static List<Part> snippet(String text, List<String> terms) {
		int first = firstMatch(text, terms);
		int start = first < 0 ? 0 : Math.max(0, first - LEAD_IN);
		if (start > 0) {
			int space = text.indexOf(' ', start);
			start = space >= 0 && space < first ? space + 1 : start;
		}
		int end = Math.min(text.length(), start + SNIPPET_LENGTH);
		if (end < text.length()) {
			int space = text.lastIndexOf(' ', end);
			end = space > start && space > first ? space : end;
		}
		String cut = (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
		return parts(cut, terms);
	}

	/** Where the earliest term starts, ignoring case; -1 if none occurs. */
	static int firstMatch(String text, List<String> terms) {
		for (int i = 0; i < text.length(); i++) {
			if (longestMatchAt(text, i, terms) > 0) {
				return i;
			}
		}
		return -1;
	}

	private static int longestMatchAt(String text, int index, List<String> terms) {
		int longest = 0;
		for (String term : terms) {
			if (term.length() > longest && text.regionMatches(true, index, term, 0, term.length())) {
				longest = term.length();
			}
		}
		return longest;
	}

}
