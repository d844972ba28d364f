package io.trainerpath.explore.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How text becomes words to match. Titles and texts are split into words, lower-cased, stripped of
 * "the", "of" and the like, and stemmed (Porter), so "labelers", "labeling" and "labelling" all match
 * "label". Queries go through the same steps and then the synonym groups, so "salary" also looks for
 * "pay" and "earnings", and "RLHF" for "model feedback". Synonyms are applied to queries only: adding a
 * group needs no new index, and the index stays small.
 */
final class SearchAnalysis {

	private static final Logger log = LoggerFactory.getLogger(SearchAnalysis.class);

	/**
	 * Lucene's English stop words and the little words of a typed question ("how much do I earn"), so a
	 * question needs only the words that carry its meaning. "Most" and "need" stay: they do.
	 */
	static final CharArraySet IGNORED = ignored();

	private final Analyzer stemmed = new Stemmed(null);

	private final Analyzer forIndexing;

	private final Analyzer forQueries;

	private final List<String> leftOut = new ArrayList<>();

	SearchAnalysis(List<List<String>> synonymGroups) {
		this.forIndexing = new PerFieldAnalyzerWrapper(stemmed, Map.of(Searcher.WORDS, new StandardAnalyzer()));
		SynonymMap synonyms = synonyms(synonymGroups);
		this.forQueries = synonyms.fst == null ? stemmed : new Stemmed(synonyms);
	}

	Analyzer forIndexing() {
		return forIndexing;
	}

	Analyzer forQueries() {
		return forQueries;
	}

	/** Synonyms that could not be used, as written in the database. */
	List<String> leftOut() {
		return List.copyOf(leftOut);
	}

	/**
	 * Every term of a group stands for every other, including multi-word terms ("human feedback"). Each
	 * is stemmed like the text, so "salaries" finds the group of "salary". A term that is nothing but
	 * stop words, or has one inside it, cannot be matched as typed and is left out with a warning.
	 */
	private SynonymMap synonyms(List<List<String>> groups) {
		Groups parser = new Groups(stemmed);
		for (List<String> group : groups) {
			List<CharsRef> terms = new ArrayList<>();
			for (String term : group) {
				try {
					terms.add(parser.analyze(term, new CharsRefBuilder()));
				}
				catch (IllegalArgumentException | IOException ex) {
					log.warn("Search synonym '{}' left out: {}", term, ex.getMessage());
					leftOut.add(term);
				}
			}
			for (CharsRef from : terms) {
				for (CharsRef to : terms) {
					parser.add(from, to, false);
				}
			}
		}
		try {
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CharArraySet ignored() {
		CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
		words.addAll(List.of("i", "me", "my", "you", "your", "we", "our", "am", "do", "does", "did", "can", "could",
				"should", "would", "how", "what", "which", "who", "when", "where", "why", "much", "many"));
		return CharArraySet.unmodifiableSet(words);
	}

	/** Lucene's synonym builder, fed with groups from the database rather than a file. */
	private static final class Groups extends SynonymMap.Parser {

		Groups(Analyzer analyzer) {
			super(true, analyzer);
		}

		@Override
		public void parse(Reader in) {
			throw new UnsupportedOperationException("Synonyms come from the database, one group at a time");
		}

	}

	private static final class Stemmed extends Analyzer {

		private final SynonymMap synonyms;

		Stemmed(SynonymMap synonyms) {
			this.synonyms = synonyms;
		}

		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer source = new StandardTokenizer();
			TokenStream words = new EnglishPossessiveFilter(source);
			words = new LowerCaseFilter(words);
			words = new StopFilter(words, IGNORED);
			words = new PorterStemFilter(words);
			if (synonyms != null) {
				words = new SynonymGraphFilter(words, synonyms, true);
			}
			return new TokenStreamComponents(source, words);
		}

		@Override
		protected TokenStream normalize(String field, TokenStream in) {
			return new LowerCaseFilter(in);
		}

	}

}
