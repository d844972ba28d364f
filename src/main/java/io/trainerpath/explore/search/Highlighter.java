package io.trainerpath.explore.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Lucene's unified highlighter, asked for parts instead of HTML: it finds where the query matched (from
 * the offsets stored in the index) and picks the passage, and {@link PartsFormatter} turns that passage
 * into plain and highlighted strings. The page prints each part with th:text, so neither the text nor
 * anything typed into the search box can ever become markup.
 */
final class Highlighter extends UnifiedHighlighter {

	/** Roughly how long a snippet is, in characters. */
	static final int SNIPPET_LENGTH = 180;

	/** Where in the snippet the first match sits: a little in, so the reader sees what leads up to it. */
	private static final float MATCH_POSITION = 0.25f;

	record Part(String text, boolean highlighted) {
	}

	private final List<SearchDocument> documents;

	/** documents: the indexed documents, by document number; their text is read from here. */
	Highlighter(Builder builder, List<SearchDocument> documents) {
		super(builder.withFormatter(new PartsFormatter()));
		this.documents = documents;
	}

	/**
	 * Parts of each field for each document, in the order of {@code documents}: the whole field for a
	 * title, a snippet around the best match for the body (or its start, where only the title matched).
	 */
	@SuppressWarnings("unchecked")
	Map<String, List<Part>[]> parts(String[] fields, Query query, int[] documents) throws IOException {
		int[] onePassageEach = new int[fields.length];
		java.util.Arrays.fill(onePassageEach, 1);
		Map<String, Object[]> formatted = highlightFieldsAsObjects(fields, query, documents, onePassageEach);
		Map<String, List<Part>[]> parts = new java.util.HashMap<>();
		formatted.forEach((field, values) -> {
			List<Part>[] lists = new List[values.length];
			for (int i = 0; i < values.length; i++) {
				lists[i] = values[i] == null ? List.of() : (List<Part>) values[i];
			}
			parts.put(field, lists);
		});
		return parts;
	}

	/**
	 * The text comes from the documents in memory, not from the index: reading stored fields back means
	 * decompressing them, which cost a quarter of each search.
	 */
	@Override
	protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
			throws IOException {
		List<CharSequence[]> values = new ArrayList<>();
		for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
			SearchDocument document = documents.get(doc);
			CharSequence[] byField = new CharSequence[fields.length];
			for (int i = 0; i < fields.length; i++) {
				byField[i] = Searcher.TITLE.equals(fields[i]) ? document.title() : document.text();
			}
			values.add(byField);
		}
		return values;
	}

	@Override
	protected BreakIterator getBreakIterator(String field) {
		if (Searcher.TITLE.equals(field)) {
			return new WholeBreakIterator();
		}
		// cut at spaces: the JDK's word and sentence iterators cost more than the rest of the highlighting
		return LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '), SNIPPET_LENGTH,
				MATCH_POSITION);
	}

	/** One passage as parts, with an ellipsis where it starts or ends inside the text. */
	static final class PartsFormatter extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			if (passages.length == 0) {
				return List.of();
			}
			Passage passage = passages[0];
			int start = skipSpace(content, passage.getStartOffset());
			int end = Math.min(content.length(), passage.getEndOffset());
			while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
				end--;
			}
			List<Part> parts = new ArrayList<>();
			StringBuilder plain = new StringBuilder(start > 0 ? "…" : "");
			int at = start;
			// matches come in order of their start; a match inside an earlier one adds nothing
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int matchStart = Math.max(at, passage.getMatchStarts()[i]);
				int matchEnd = Math.min(end, passage.getMatchEnds()[i]);
				if (matchEnd <= matchStart) {
					continue;
				}
				plain.append(content, at, matchStart);
				if (!plain.isEmpty()) {
					parts.add(new Part(plain.toString(), false));
					plain.setLength(0);
				}
				parts.add(new Part(content.substring(matchStart, matchEnd), true));
				at = matchEnd;
			}
			plain.append(content, at, end).append(end < content.length() ? "…" : "");
			if (!plain.isEmpty()) {
				parts.add(new Part(plain.toString(), false));
			}
			return List.copyOf(parts);
		}

		private static int skipSpace(String content, int from) {
			int at = Math.max(0, from);
			while (at < content.length() && Character.isWhitespace(content.charAt(at))) {
				at++;
			}
			return at;
		}

	}

}
