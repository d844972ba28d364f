package io.trainerpath.explore.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search promises over real HTTP, whichever database holds the data. Search runs in memory over
 * the cached guide and catalog, so both subclasses must see exactly these results.
 */
abstract class SearchContract {

	private static final Pattern GROUP = Pattern.compile("<section class=\"search-group\" id=\"results-([a-z_]+)\"");

	private static final Pattern HIT = Pattern.compile("<li class=\"search-hit\">\\s*<a href=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	static Stream<Arguments> aKnownTermOfEachKind() {
		return Stream.of(Arguments.of("ambiguity", "section", "/guide/why-demand-is-growing#nuance-and-ambiguity"),
				Arguments.of("detail", "skill", "/guide/essential-skills#attention-to-detail"),
				Arguments.of("portfolio", "roadmap_step", "/guide/how-to-prepare#build-a-portfolio"),
				Arguments.of("curation", "work_type", "/guide/types-of-data-training#validation-and-curation"),
				Arguments.of("consultant", "role", "/careers/domain-expert-consultant"),
				Arguments.of("Kaggle", "platform", "/platforms?category=data-sets#kaggle"),
				Arguments.of("code", "faq", "/faq#do-i-need-to-code"),
				Arguments.of("estimator", "tool", "/salary"),
				Arguments.of("radiology", "field", "/salary?domain=medical-imaging"));
	}

	@ParameterizedTest
	@MethodSource("aKnownTermOfEachKind")
	void findsAKnownTermOfEachKindAndRanksItFirstInItsGroup(String query, String kind, String firstHit) {
		HttpResponse<String> response = search(query);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(groups(response.body())).containsKey(kind);
		assertThat(groups(response.body()).get(kind)).first().isEqualTo(firstHit);
	}

	@Test
	void ranksTitleMatchesAheadOfTextMatches() {
		Map<String, List<String>> groups = groups(search("detail").body());

		assertThat(groups.get("section")).first().isEqualTo("/guide/essential-skills#attention-to-detail");
		assertThat(groups.get("section")).hasSizeGreaterThan(1);
	}

	@Test
	void putsTheGroupOfTheBestResultFirst() {
		Map<String, List<String>> kaggle = groups(search("kaggle").body());
		Map<String, List<String>> salary = groups(search("salary").body());

		assertThat(kaggle.keySet()).first().isEqualTo("platform");
		assertThat(kaggle.keySet()).contains("roadmap_step");
		assertThat(salary.get("tool")).first().isEqualTo("/salary");
		assertThat(salary.get("section")).anyMatch(url -> url.startsWith("/guide/what-it-pays"));
	}

	@Test
	void findsWhatTheIssueFoundMissing() {
		assertThat(groups(search("imaging").body())).containsKeys("field", "section");
		assertThat(groups(search("quiz").body()).get("tool")).contains("/assessment");
		assertThat(groups(search("RLHF").body()).get("work_type"))
			.contains("/guide/types-of-data-training#model-feedback");
		assertThat(groups(search("medical").body()).values().stream().mapToInt(List::size).sum())
			.isGreaterThanOrEqualTo(3);
		assertThat(search("labeling").body()).contains("<mark>Labeling</mark>")
			.containsPattern("<mark>[Ll]abel(s|ed|ers?)</mark>");
	}

	@Test
	void offersASearchThatFindsSomethingWhenNothingMatches() {
		String body = search("qiuz").body();

		assertThat(body).contains("Nothing on TrainerPath matched", "Did you mean")
			.contains("<a href=\"/search?q=quiz\">quiz</a>");
		assertThat(HtmlChecker.errors(body)).isEmpty();
	}

	static Stream<String> hostileQueries() {
		return Stream.of("title:kaggle", "body:* OR title:*", "AND OR NOT", "*", "?", "portf*", "portfolio~2",
				"portfolio^10", "\"portfolio", "(portfolio", "[pay TO salary}", "pay\\", "+pay -portfolio",
				"x".repeat(10_000), "pay\u0000salary", "tab\there\u0007\u001b[31m", "\uD83D\uDE00 kaggle",
				"\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627", "\u202Egnp.exe\u202C",
				"<img src=x onerror=alert('tp-xss')> kaggle", "' OR '1'='1");
	}

	@ParameterizedTest
	@MethodSource("hostileQueries")
	void answersAHostileQueryWithAValidPageThatPrintsItAsText(String query) {
		HttpResponse<String> response = search(query);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"search-q\"").doesNotContain("<img src=x", "Exception");
		assertThat(HtmlChecker.errors(response.body())).isEmpty();
	}

	@Test
	void highlightsTheMatchedWordAsItIsWrittenOnThePage() {
		String body = search("kaggle").body();

		assertThat(body).contains("<mark>Kaggle</mark>");
	}

	@Test
	void printsTypedMarkupAsTextNeverAsMarkup() {
		String body = search("<script>alert(1)</script> kaggle").body();

		assertThat(body).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt; kaggle");
		assertThat(groups(body)).containsKey("platform");
	}

	static Stream<Arguments> oddQueries() {
		return Stream.of(Arguments.of("", "Type a word or two above"), Arguments.of("a", "is too short to search for"),
				Arguments.of("!!! ??? %%%", "Search needs letters or numbers"),
				Arguments.of("<>&\"'", "Search needs letters or numbers"),
				Arguments.of("qqzzxxyy", "Nothing on TrainerPath matched"),
				Arguments.of("pay ".repeat(60), "longer than 100 characters"));
	}

	@ParameterizedTest
	@MethodSource("oddQueries")
	void answersAnOddQueryWithAHelpfulValidPage(String query, String message) {
		HttpResponse<String> response = search(query);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(message).contains("id=\"search-q\"");
		assertThat(HtmlChecker.errors(response.body())).isEmpty();
	}

	@Test
	void answersAMissingQueryParameterLikeAnEmptyOne() {
		HttpResponse<String> response = new Http(port).get("/search");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Type a word or two above");
	}

	HttpResponse<String> search(String query) {
		return new Http(port).get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
	}

	/** Hit addresses by kind, in page order. */
	static Map<String, List<String>> groups(String html) {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		Matcher group = GROUP.matcher(html);
		List<int[]> starts = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		while (group.find()) {
			starts.add(new int[] { group.start() });
			kinds.add(group.group(1));
		}
		for (int i = 0; i < kinds.size(); i++) {
			int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : html.length();
			Matcher hit = HIT.matcher(html.substring(starts.get(i)[0], end));
			List<String> hrefs = new ArrayList<>();
			while (hit.find()) {
				hrefs.add(hit.group(1).replace("&amp;", "&"));
			}
			groups.put(kinds.get(i), hrefs);
		}
		return groups;
	}

}
