package io.trainerpath.explore.search;

import java.util.List;
import java.util.stream.Stream;

import io.trainerpath.explore.search.Highlighter.Part;
import io.trainerpath.explore.search.SearchDocument.Kind;
import io.trainerpath.explore.search.Searcher.Hit;
import io.trainerpath.explore.search.Searcher.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SearcherTests {

	static final List<SearchDocument> DOCUMENTS = List.of(
			new SearchDocument(Kind.FAQ, "Do I need to code?", "Mostly not; portfolios matter more.", "/faq#code"),
			new SearchDocument(Kind.SECTION, "Pay", "Portfolio work can raise your pay. A portfolio shows care.",
					"/guide/pay"),
			new SearchDocument(Kind.SECTION, "Build a portfolio", "Show your labelling decisions.", "/guide/portfolio"),
			new SearchDocument(Kind.PLATFORM, "GitHub", "Hosting a free portfolio.", "/platforms#github"),
			new SearchDocument(Kind.SKILL, "Attention to detail", "Careful, consistent work.", "/guide/skills"),
			new SearchDocument(Kind.WORK_TYPE, "Model feedback", "Rating what a chatbot answers.", "/guide/feedback"),
			new SearchDocument(Kind.TOOL, "Readiness quiz", "See how ready you are.", "/assessment"),
			new SearchDocument(Kind.WORK_TYPE, "Annotation", "Adding tags to images & <b>text</b>.", "/guide/annotation"));

	static final List<List<String>> SYNONYMS = List.of(List.of("pay", "salary", "earnings"),
			List.of("quiz", "self-assessment"), List.of("rlhf", "human feedback", "model feedback"),
			List.of("annotation", "labelling", "tagging"));

	static final Searcher SEARCHER = new Searcher(DOCUMENTS, SYNONYMS);

	static Results search(String query) {
		return SEARCHER.search(SearchQuery.parse(query));
	}

	static List<String> urls(Results results) {
		return results.ranked().stream().map(hit -> hit.document().url()).toList();
	}

	@Test
	void groupsResultsByKindWithTheGroupOfTheBestHitFirst() {
		Results results = search("portfolio");

		assertThat(results.groups()).extracting(Searcher.Group::kind)
			.containsExactly(Kind.SECTION, Kind.PLATFORM, Kind.FAQ);
		assertThat(results.groups().get(0).hits()).extracting(h -> h.document().url())
			.containsExactly("/guide/portfolio", "/guide/pay");
		assertThat(results.total()).isEqualTo(4);
	}

	@Test
	void ranksATitleMatchFirstEvenWhenAnotherTextMentionsTheWordMoreOften() {
		assertThat(urls(search("portfolio"))).first().isEqualTo("/guide/portfolio");
	}

	@Test
	void needsEveryWordWhenSomeDocumentHasThemAll() {
		Results results = search("portfolio pay");

		assertThat(results.partial()).isFalse();
		assertThat(urls(results)).containsExactly("/guide/pay");
	}

	@Test
	void fallsBackToAnyWordAndSaysSoWhenNoDocumentHasThemAll() {
		Results results = search("github detail");

		assertThat(results.partial()).isTrue();
		assertThat(urls(results)).containsExactlyInAnyOrder("/platforms#github", "/guide/skills");
	}

	@Test
	void matchesOtherFormsOfAWord() {
		assertThat(urls(search("portfolios"))).contains("/guide/portfolio", "/platforms#github");
		assertThat(urls(search("labeling"))).contains("/guide/portfolio");
		assertThat(urls(search("shows"))).containsExactlyInAnyOrder("/guide/pay", "/guide/portfolio");
	}

	@Test
	void findsWhatASynonymFinds() {
		assertThat(urls(search("salary"))).containsExactly("/guide/pay");
		assertThat(urls(search("earnings"))).containsExactly("/guide/pay");
		assertThat(urls(search("self-assessment"))).containsExactly("/assessment");
	}

	@Test
	void findsWhatAMultiWordSynonymFinds() {
		assertThat(urls(search("RLHF"))).containsExactly("/guide/feedback");
		assertThat(urls(search("human feedback"))).containsExactly("/guide/feedback");
	}

	@Test
	void toleratesATypoInALongerWordAndRanksItBelowTheWordAsTyped() {
		Searcher searcher = new Searcher(List.of(new SearchDocument(Kind.SECTION, "Salary", "The word.", "/word"),
				new SearchDocument(Kind.SECTION, "Other", "Nothing alike.", "/other")), List.of());

		List<Hit> typo = searcher.search(SearchQuery.parse("salery")).ranked();
		List<Hit> exact = searcher.search(SearchQuery.parse("salary")).ranked();

		assertThat(typo).extracting(hit -> hit.document().url()).containsExactly("/word");
		assertThat(exact.get(0).score()).isGreaterThan(typo.get(0).score() * 2);
		assertThat(typo.get(0).title()).containsExactly(new Part("Salary", true));
		assertThat(urls(search("portfollio"))).contains("/guide/portfolio");
		assertThat(urls(search("anotation"))).contains("/guide/annotation");
	}

	@Test
	void looksForNearSpellingsOnlyOfWordsNoDocumentUses() {
		Searcher searcher = new Searcher(List.of(new SearchDocument(Kind.SECTION, "Salary", "The word.", "/word"),
				new SearchDocument(Kind.SECTION, "Salery", "A typo on the page.", "/typo")), List.of());

		assertThat(searcher.search(SearchQuery.parse("salary")).ranked()).extracting(hit -> hit.document().url())
			.containsExactly("/word");
	}

	@Test
	void showsTheBestTwentyAndCountsTheRest() {
		List<SearchDocument> many = java.util.stream.IntStream.range(0, 30)
			.mapToObj(i -> new SearchDocument(Kind.SECTION, "Page " + i, "Common word number " + i + ".", "/" + i))
			.toList();

		Results results = new Searcher(many, List.of()).search(SearchQuery.parse("common"));

		assertThat(results.ranked()).hasSize(Searcher.MOST_SHOWN);
		assertThat(results.total()).isEqualTo(30);
		assertThat(results.capped()).isTrue();
		assertThat(search("portfolio").capped()).isFalse();
	}

	@Test
	void toleratesNoTypoInAShortWord() {
		assertThat(search("quz").total()).isZero();
		assertThat(search("paay").total()).isZero();
	}

	@Test
	void suggestsAWordThatFindsSomethingWhenNothingMatches() {
		Results results = search("qiuz");

		assertThat(results.total()).isZero();
		assertThat(results.suggestion()).isEqualTo("quiz");
		assertThat(search("qqzzxxyy").suggestion()).isNull();
		assertThat(search("portfolio").suggestion()).isNull();
	}

	@Test
	void leavesOutASynonymMadeOnlyOfIgnoredWordsAndKeepsTheRest() {
		SearchAnalysis analysis = new SearchAnalysis(List.of(List.of("pay", "the", "of the", "salary")));

		assertThat(analysis.leftOut()).containsExactly("the", "of the");
	}

	@Test
	void findsNothingForAWordNoDocumentHas() {
		Results results = search("astronaut");

		assertThat(results.total()).isZero();
		assertThat(results.partial()).isFalse();
	}

	@Test
	void searchesNothingForAnUnsearchableQueryOrOnlyIgnoredWords() {
		assertThat(search("?").groups()).isEmpty();
		assertThat(search("the and of").total()).isZero();
	}

	@Test
	void highlightsTheMatchedWordsAsWrittenInTitleAndSnippet() {
		Hit hit = search("LABELS portfolio").ranked().get(0);

		assertThat(hit.title()).containsExactly(new Part("Build a ", false), new Part("portfolio", true));
		assertThat(hit.snippet()).containsExactly(new Part("Show your ", false), new Part("labelling", true),
				new Part(" decisions.", false));
	}

	@Test
	void showsTheStartOfTheTextWhenOnlyTheTitleMatches() {
		Hit hit = search("quiz").ranked().get(0);

		assertThat(hit.snippet()).containsExactly(new Part("See how ready you are.", false));
	}

	@Test
	void keepsMarkupInTheTextAsPlainParts() {
		Hit hit = search("text").ranked().get(0);

		assertThat(hit.snippet()).containsExactly(new Part("Adding tags to images & <b>", false),
				new Part("text", true), new Part("</b>.", false));
	}

	@Test
	void cutsALongTextToASnippetAroundTheMatch() {
		String text = "word ".repeat(100) + "needle " + "word ".repeat(100);
		Searcher searcher = new Searcher(List.of(new SearchDocument(Kind.SECTION, "Long", text, "/long")), List.of());

		List<Part> snippet = searcher.search(SearchQuery.parse("needle")).ranked().get(0).snippet();
		String joined = String.join("", snippet.stream().map(Part::text).toList());

		assertThat(joined).startsWith("…").endsWith("…").contains("needle");
		assertThat(joined.length()).isBetween(Highlighter.SNIPPET_LENGTH / 2, Highlighter.SNIPPET_LENGTH + 40);
		assertThat(snippet).filteredOn(Part::highlighted).extracting(Part::text).containsExactly("needle");
	}

	static Stream<String> hostileQueries() {
		return Stream.of("title:kaggle", "body:* OR title:*", "AND OR NOT", "portfolio AND NOT pay", "*", "?",
				"portf*", "portf?lio", "portfolio~", "portfolio~2", "portfolio^10", "\"portfolio", "portfolio\"",
				"(portfolio", "[pay TO salary}", "{!lucene}pay", "pay\\", "\\\\", "a/b/c", "/.*/", "+pay -portfolio",
				"pay && salary || quiz", "x".repeat(10_000), "pay\u0000salary", "\u0000", "tab\there\u0007\u001b[31m",
				"\uD83D\uDE00 portfolio \uD83D\uDE00", "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
				"\u202Egnp.exe\u202C", "Z\u0351\u0353\u036B\u0343\u036A\u0302", "<script>alert(1)</script>",
				"' OR '1'='1", "compensation remuneration earnings salary labelling annotation tagging feedback "
						+ "assessment portfolios");
	}

	@ParameterizedTest
	@MethodSource("hostileQueries")
	void treatsAnyQueryAsPlainWords(String raw) {
		assertThatNoException().isThrownBy(() -> search(raw));
	}

	@Test
	void readsQuerySyntaxAsTheWordsInIt() {
		assertThat(urls(search("title:portfolio"))).isEqualTo(urls(search("title portfolio")));
		assertThat(urls(search("portfolio~2"))).isEqualTo(urls(search("portfolio 2")));
		assertThat(urls(search("portf*"))).isEqualTo(urls(search("portf")));
		assertThat(search("body:*").total()).isZero();
	}

}
