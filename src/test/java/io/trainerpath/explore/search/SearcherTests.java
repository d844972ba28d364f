package io.trainerpath.explore.search;

import java.util.List;

import io.trainerpath.explore.search.Highlighter.Part;
import io.trainerpath.explore.search.SearchDocument.Kind;
import io.trainerpath.explore.search.Searcher.Hit;
import io.trainerpath.explore.search.Searcher.Results;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearcherTests {

	static final List<SearchDocument> DOCUMENTS = List.of(
			new SearchDocument(Kind.FAQ, "Do I need to code?", "Mostly not; portfolios matter more.", "/faq#code"),
			new SearchDocument(Kind.SECTION, "Pay", "Portfolio work can raise your pay. A portfolio shows care.",
					"/guide/pay"),
			new SearchDocument(Kind.SECTION, "Build a portfolio", "Show your labeling decisions.", "/guide/portfolio"),
			new SearchDocument(Kind.PLATFORM, "GitHub", "Hosting a free portfolio.", "/platforms#github"),
			new SearchDocument(Kind.SKILL, "Attention to detail", "Careful, consistent work.", "/guide/skills"));

	@Test
	void groupsResultsByKindInAFixedOrder() {
		Results results = Searcher.search(SearchQuery.parse("portfolio"), DOCUMENTS);

		assertThat(results.groups()).extracting(Searcher.Group::kind)
			.containsExactly(Kind.SECTION, Kind.PLATFORM, Kind.FAQ);
		assertThat(results.total()).isEqualTo(4);
	}

	@Test
	void ranksTitleMatchesFirstEvenWhenTheTextMentionsTheWordMoreOften() {
		Results results = Searcher.search(SearchQuery.parse("portfolio"), DOCUMENTS);

		assertThat(results.groups().get(0).hits()).extracting(h -> h.document().url())
			.containsExactly("/guide/portfolio", "/guide/pay");
	}

	@Test
	void needsEveryWordWhenSomeDocumentHasThemAll() {
		Results results = Searcher.search(SearchQuery.parse("portfolio pay"), DOCUMENTS);

		assertThat(results.partial()).isFalse();
		assertThat(results.groups()).flatExtracting(Searcher.Group::hits)
			.extracting(h -> h.document().url())
			.containsExactly("/guide/pay");
	}

	@Test
	void fallsBackToAnyWordAndSaysSoWhenNoDocumentHasThemAll() {
		Results results = Searcher.search(SearchQuery.parse("github detail"), DOCUMENTS);

		assertThat(results.partial()).isTrue();
		assertThat(results.groups()).flatExtracting(Searcher.Group::hits)
			.extracting(h -> h.document().url())
			.containsExactlyInAnyOrder("/platforms#github", "/guide/skills");
	}

	@Test
	void findsNothingForAWordNoDocumentHas() {
		Results results = Searcher.search(SearchQuery.parse("astronaut"), DOCUMENTS);

		assertThat(results.total()).isZero();
		assertThat(results.partial()).isFalse();
	}

	@Test
	void searchesNothingForAnUnsearchableQuery() {
		assertThat(Searcher.search(SearchQuery.parse("?"), DOCUMENTS).groups()).isEmpty();
	}

	@Test
	void highlightsTheMatchedWordsInTitleAndSnippetIgnoringCase() {
		Hit hit = Searcher.search(SearchQuery.parse("PORTFOLIO"), DOCUMENTS).groups().get(0).hits().get(0);

		assertThat(hit.title()).containsExactly(new Part("Build a ", false), new Part("portfolio", true));
		assertThat(hit.snippet()).noneMatch(Part::highlighted);
	}

	@Test
	void keepsTypedMarkupAsPlainTextInTheParts() {
		List<Part> parts = Highlighter.parts("a <b>portfolio</b>", List.of("portfolio"));

		assertThat(parts).containsExactly(new Part("a <b>", false), new Part("portfolio", true),
				new Part("</b>", false));
	}

	@Test
	void cutsALongTextToASnippetAroundTheFirstMatch() {
		String text = "word ".repeat(100) + "needle " + "word ".repeat(100);

		List<Part> snippet = Highlighter.snippet(text, List.of("needle"));
		String joined = String.join("", snippet.stream().map(Part::text).toList());

		assertThat(joined).startsWith("…").endsWith("…").contains("needle");
		assertThat(joined.length()).isLessThanOrEqualTo(Highlighter.SNIPPET_LENGTH + 2);
		assertThat(snippet).filteredOn(Part::highlighted).extracting(Part::text).containsExactly("needle");
	}

	@Test
	void prefersTheLongerTermWhereTwoStartTogether() {
		assertThat(Highlighter.parts("annotations", List.of("an", "annotation")))
			.containsExactly(new Part("annotation", true), new Part("s", false));
	}

}
