package io.trainerpath.explore.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trainerpath.explore.search.Highlighter.Part;
import io.trainerpath.explore.search.SearchDocument.Kind;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A Lucene index of the documents, held in memory and searched with queries built from the analysed
 * words, never parsed: whatever a visitor types is only ever words to look for.
 * <p>
 * A query needs every word (or one of its synonyms, or a near spelling of it); when no document has
 * them all, documents with some of them are shown and marked as a partial match. Matches in the title
 * count three times a match in the text, a word spelt exactly as typed counts extra, and near
 * spellings of a misspelt word count a fifth of an exact match. Built once, then only read: safe for any number of threads.
 */
final class Searcher {

	static final String TITLE = "title";

	static final String BODY = "body";

	/** Title and text as plain lower-case words, unstemmed, so "did you mean" offers real words. */
	static final String WORDS = "words";

	static final float TITLE_BOOST = 3f;

	static final float NEAR_SPELLING_BOOST = 0.2f;

	/** A word spelt exactly as typed counts a little more than another form of it ("imaging", not "image"). */
	static final float AS_TYPED_BOOST = 1f;

	/**
	 * Less length normalisation than Lucene's default (0.75): a guide section shows its facts too and is
	 * long, yet a word it mentions twice matters as much as in a short platform note.
	 */
	private static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.5f);

	/**
	 * The most results a page shows, best first. Highlighting and printing them is most of a search's
	 * cost, and on a site of about a hundred pages the twentieth result is rarely what anyone wants.
	 */
	static final int MOST_SHOWN = 20;

	/** How many near spellings of one word are looked for: enough for a typo, few enough to stay fast. */
	static final int NEAR_SPELLINGS = 10;

	private static final String[] HIGHLIGHTED = { TITLE, BODY };

	private static final FieldType SHOWN_TEXT = shownText();

	private final List<SearchDocument> documents;

	private final SearchAnalysis analysis;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final Highlighter highlighter;

	private final DirectSpellChecker spelling = new DirectSpellChecker();

	record Hit(SearchDocument document, float score, List<Part> title, List<Part> snippet) {
	}

	record Group(Kind kind, List<Hit> hits) {
	}

	/**
	 * ranked: the hits shown, best first, at most {@link #MOST_SHOWN}; groups: the same hits by kind,
	 * the group of the best hit first; total: how many documents matched. partial: no document had
	 * every word, so these have some of them. suggestion: a search that finds something, offered when
	 * this one found nothing.
	 */
	record Results(SearchQuery query, List<Hit> ranked, List<Group> groups, int total, boolean partial,
			String suggestion) {

		static Results none(SearchQuery query) {
			return new Results(query, List.of(), List.of(), 0, false, null);
		}

		public boolean capped() {
			return total > ranked.size();
		}

	}

	Searcher(List<SearchDocument> documents, List<List<String>> synonymGroups) {
		this.documents = List.copyOf(documents);
		this.analysis = new SearchAnalysis(synonymGroups);
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		IndexWriterConfig config = new IndexWriterConfig(analysis.forIndexing());
		config.setSimilarity(SIMILARITY);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (SearchDocument document : this.documents) {
				writer.addDocument(indexed(document));
			}
			// one segment, so a document's number is its position in the list
			writer.forceMerge(1);
			writer.commit();
			this.reader = DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (reader.leaves().size() > 1 || reader.maxDoc() != this.documents.size()) {
			throw new IllegalStateException("The search index is not one segment of every document");
		}
		this.searcher = new IndexSearcher(reader);
		searcher.setSimilarity(SIMILARITY);
		// the query is rewritten already, so plain term offsets suffice: no Weight per highlighted document
		this.highlighter = new Highlighter(
				UnifiedHighlighter.builder(searcher, analysis.forIndexing()).withWeightMatches(false), this.documents);
		spelling.setMinPrefix(1);
	}

	Results search(SearchQuery query) {
		if (!query.searchable()) {
			return Results.none(query);
		}
		try {
			String words = String.join(" ", query.terms());
			Query every = query(words, Occur.MUST);
			if (every == null) {
				// nothing but words such as "the" and "of", which are not indexed
				return Results.none(query);
			}
			every = searcher.rewrite(every);
			TopDocs top = searcher.search(every, MOST_SHOWN);
			Query found = every;
			boolean partial = false;
			if (top.scoreDocs.length == 0 && query.terms().size() > 1) {
				found = searcher.rewrite(query(words, Occur.SHOULD));
				top = searcher.search(found, MOST_SHOWN);
				partial = top.scoreDocs.length > 0;
			}
			List<Hit> ranked = hits(top, found);
			String suggestion = ranked.isEmpty() ? suggestion(query) : null;
			// fewer than a thousand documents, so the count Lucene gives is exact
			return new Results(query, ranked, groups(ranked), (int) top.totalHits.value, partial, suggestion);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Query query(String words, Occur operator) throws IOException {
		return new WordQueries(analysis.forQueries(), typedWords(words), reader).createBooleanQuery(BODY, words,
				operator);
	}

	/** Each typed word, lower case, by its stem: only these get near spellings and the as-typed boost. */
	private Map<String, String> typedWords(String words) throws IOException {
		Map<String, String> typed = new HashMap<>();
		try (TokenStream tokens = analysis.forIndexing().tokenStream(BODY, words)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				String word = words.substring(offset.startOffset(), offset.endOffset());
				typed.merge(term.toString(), word, (a, b) -> a.length() >= b.length() ? a : b);
			}
			tokens.end();
		}
		return typed;
	}

	private List<Hit> hits(TopDocs top, Query query) throws IOException {
		int[] ids = new int[top.scoreDocs.length];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = top.scoreDocs[i].doc;
		}
		Map<String, List<Part>[]> parts = ids.length == 0 ? Map.of() : highlighter.parts(HIGHLIGHTED, query, ids);
		List<Hit> hits = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			ScoreDoc scored = top.scoreDocs[i];
			hits.add(new Hit(documents.get(scored.doc), scored.score, parts.get(TITLE)[i], parts.get(BODY)[i]));
		}
		return List.copyOf(hits);
	}

	private static List<Group> groups(List<Hit> ranked) {
		Map<Kind, List<Hit>> byKind = new LinkedHashMap<>();
		ranked.forEach(hit -> byKind.computeIfAbsent(hit.document().kind(), kind -> new ArrayList<>()).add(hit));
		return byKind.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	/** Each word no page uses swapped for the closest one that some page does, if that search finds something. */
	private String suggestion(SearchQuery query) throws IOException {
		List<String> words = new ArrayList<>();
		boolean changed = false;
		for (String word : query.terms()) {
			SuggestWord[] similar = spelling.suggestSimilar(new Term(WORDS, word), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			changed |= similar.length > 0;
			words.add(similar.length > 0 ? similar[0].string : word);
		}
		if (!changed) {
			return null;
		}
		String suggestion = String.join(" ", words);
		Query query2 = query(suggestion, Occur.SHOULD);
		return query2 != null && searcher.count(query2) > 0 ? suggestion : null;
	}

	private static Document indexed(SearchDocument document) {
		Document indexed = new Document();
		indexed.add(new Field(TITLE, document.title(), SHOWN_TEXT));
		indexed.add(new Field(BODY, document.text(), SHOWN_TEXT));
		indexed.add(new TextField(WORDS, document.title() + " " + document.text(), Field.Store.NO));
		return indexed;
	}

	/**
	 * With offsets in the index, so the highlighter need not analyse the text again; not stored, since
	 * the highlighter reads the text from the documents in memory.
	 */
	private static FieldType shownText() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	/**
	 * Turns each analysed word (and each synonym the analyser adds) into: the word in the title, in the
	 * text, and for a typed word also its exact spelling and, for a word of five letters or more that no
	 * document uses, its near spellings, ranked below exact matches. Near spellings are looked for only
	 * where they can help: building the automaton that finds them was half a search's cost. One
	 * instance per query, since it knows that query's typed words.
	 */
	private static final class WordQueries extends QueryBuilder {

		private final Map<String, String> typed;

		private final IndexReader reader;

		WordQueries(Analyzer analyzer, Map<String, String> typed, IndexReader reader) {
			super(analyzer);
			this.typed = typed;
			this.reader = reader;
		}

		private boolean unknown(String stem) {
			try {
				return reader.docFreq(new Term(BODY, stem)) == 0 && reader.docFreq(new Term(TITLE, stem)) == 0;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		protected Query newTermQuery(Term term, float boost) {
			String stem = term.text();
			BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
			anywhere.add(new BoostQuery(new TermQuery(new Term(TITLE, stem)), TITLE_BOOST), Occur.SHOULD);
			anywhere.add(new TermQuery(new Term(BODY, stem)), Occur.SHOULD);
			String word = typed.get(stem);
			if (word != null) {
				anywhere.add(new BoostQuery(new TermQuery(new Term(WORDS, word)), AS_TYPED_BOOST), Occur.SHOULD);
			}
			int edits = word == null ? 0 : allowedEdits(word.length(), stem.length());
			if (edits > 0 && unknown(stem)) {
				anywhere.add(new BoostQuery(nearSpellings(TITLE, stem, edits), NEAR_SPELLING_BOOST * TITLE_BOOST),
						Occur.SHOULD);
				anywhere.add(new BoostQuery(nearSpellings(BODY, stem, edits), NEAR_SPELLING_BOOST), Occur.SHOULD);
			}
			Query query = anywhere.build();
			return boost == 1f ? query : new BoostQuery(query, boost);
		}

		// a synonym at the same position: any of them will do
		@Override
		protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (TermAndBoost term : terms) {
				any.add(newTermQuery(new Term(field, term.term), term.boost), Occur.SHOULD);
			}
			return any.build();
		}

		/**
		 * One letter wrong in a typed word of 5 to 7 letters, two from 8 on; never more than a quarter of
		 * the stem's letters (stemming can shorten a long word a lot: "annotation" becomes "annot").
		 */
		static int allowedEdits(int typedLength, int stemLength) {
			int byTyped = typedLength >= 8 ? 2 : typedLength >= 5 ? 1 : 0;
			return Math.min(byTyped, Math.max(1, stemLength / 4));
		}

		// the first letter must match: typos there are rare, and it keeps the look-up small
		private static Query nearSpellings(String field, String stem, int edits) {
			return new FuzzyQuery(new Term(field, stem), edits, 1, NEAR_SPELLINGS, true);
		}

	}

}
