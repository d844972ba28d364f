package io.trainerpath.explore.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.trainerpath.explore.search.Highlighter.Part;
import io.trainerpath.explore.search.SearchDocument.Kind;

/**
 * Finds the documents that contain every word of a query, ignoring case; when none has them all, those
 * with any of them, marked as a partial match. Results come grouped by kind; within a group, documents
 * whose title matches come first, then those with more of the words, then those that mention them most
 * often, then the guide's own order.
 */
final class Searcher {

	private Searcher() {
	}

	record Hit(SearchDocument document, boolean titleMatch, int termsMatched, int score, List<Part> title,
			List<Part> snippet) {
	}

	record Group(Kind kind, List<Hit> hits) {
	}

	/** partial: no document had every word, so these have some of them. */
	record Results(SearchQuery query, List<Group> groups, boolean partial) {

		public int total() {
			return groups.stream().mapToInt(g -> g.hits().size()).sum();
		}

	}

	static Results search(SearchQuery query, List<SearchDocument> documents) {
		if (!query.searchable()) {
			return new Results(query, List.of(), false);
		}
		List<Hit> hits = new ArrayList<>();
		for (SearchDocument document : documents) {
			Hit hit = hit(document, query.terms());
			if (hit != null) {
				hits.add(hit);
			}
		}
		int all = query.terms().size();
		boolean partial = hits.stream().noneMatch(h -> h.termsMatched() == all);
		if (!partial) {
			hits.removeIf(h -> h.termsMatched() < all);
		}
		Comparator<Hit> ranking = Comparator.comparing(Hit::titleMatch)
			.reversed()
			.thenComparing(Comparator.comparingInt(Hit::termsMatched).reversed())
			.thenComparing(Comparator.comparingInt(Hit::score).reversed());
		List<Group> groups = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			// a stable sort keeps the guide's order among equally good hits
			List<Hit> ofKind = hits.stream().filter(h -> h.document().kind() == kind).sorted(ranking).toList();
			if (!ofKind.isEmpty()) {
				groups.add(new Group(kind, ofKind));
			}
		}
		return new Results(query, groups, partial && !hits.isEmpty());
	}

	/** Null when the document has none of the terms (terms are lower case already). */
	private static Hit hit(SearchDocument document, List<String> terms) {
		boolean titleMatch = false;
		int termsMatched = 0;
		int score = 0;
		for (String term : terms) {
			int inTitle = occurrences(document.foldedTitle(), term);
			int inText = occurrences(document.foldedText(), term);
			titleMatch |= inTitle > 0;
			termsMatched += inTitle + inText > 0 ? 1 : 0;
			score += 5 * inTitle + inText;
		}
		if (termsMatched == 0) {
			return null;
		}
		return new Hit(document, titleMatch, termsMatched, score, Highlighter.parts(document.title(), terms),
				Highlighter.snippet(document.text(), terms));
	}

	static int occurrences(String folded, String term) {
		int count = 0;
		for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
			count++;
		}
		return count;
	}

}
