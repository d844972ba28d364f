package io.trainerpath.explore.platforms;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform directory page and the API's platform list, checked against the database itself: the
 * expected platforms come from SQL, never from the code under test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformDirectoryTests {

	private static final Pattern CARD = Pattern.compile("<li class=\"platform-card\" id=\"([^\"]+)\"");

	private static final Pattern API_SLUG = Pattern.compile("\\{\"slug\":\"([^\"]+)\"");

	// The seed's slugs, listed so the combinations are known before the context starts.
	static final List<String> CATEGORIES = List.of("", "job-board", "professional-network", "freelance-marketplace",
			"crowd-work", "annotation-tool", "learning", "data-sets", "community", "employer");

	static final List<String> WORK_TYPES = List.of("", "annotation-labeling", "validation-curation", "model-feedback",
			"prompt-engineering");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> everyCombination() {
		List<Arguments> combinations = new ArrayList<>();
		for (String category : CATEGORIES) {
			for (String workType : WORK_TYPES) {
				combinations.add(Arguments.of(category, workType));
			}
		}
		return combinations.stream();
	}

	@Test
	void theCombinationsCoverEveryCategoryAndWorkTypeInTheDatabase() {
		List<String> categories = jdbc.queryForList("SELECT slug FROM platform_categories", String.class);
		List<String> workTypes = jdbc.queryForList("SELECT slug FROM work_types", String.class);

		assertThat(CATEGORIES).containsAll(categories).hasSize(categories.size() + 1);
		assertThat(WORK_TYPES).containsAll(workTypes).hasSize(workTypes.size() + 1);
	}

	@ParameterizedTest(name = "category={0} workType={1}")
	@MethodSource("everyCombination")
	void pageAndApiShowExactlyTheMatchingPlatforms(String category, String workType) {
		Http http = new Http(port);
		String query = "?category=" + category + "&workType=" + workType;
		Set<String> expected = expected(category, workType);

		HttpResponse<String> page = http.get("/platforms" + query);
		HttpResponse<String> api = http.get("/api/v1/platforms" + query, "application/json");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(found(CARD, page.body())).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(page.body()).contains("Showing " + expected.size() + " of ");
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(found(API_SLUG, api.body())).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void showsEveryPlatformFromTheDatabaseGroupedByCategoryWithSafeOutsideLinks() {
		String body = new Http(port).get("/platforms").body();
		List<String> names = jdbc.queryForList("SELECT name FROM platforms ORDER BY position", String.class);
		List<String> urls = jdbc.queryForList("SELECT url FROM platforms", String.class);
		List<String> categoryNames = jdbc.queryForList("SELECT name FROM platform_categories ORDER BY position",
				String.class);

		assertThat(names).hasSizeGreaterThan(20);
		assertThat(names).allSatisfy(name -> assertThat(body).contains(">" + name.replace("&", "&amp;") + "<"));
		assertThat(urls).allSatisfy(
				url -> assertThat(body).contains("href=\"" + url + "\" rel=\"noopener noreferrer\""));
		assertThat(body).containsSubsequence(categoryNames.stream().map(n -> ">" + n + "</h2>").toList());
	}

	@Test
	void offersReadyMadeJobSearchesForEveryTermOnTheNamedBoards() {
		String body = new Http(port).get("/platforms").body();
		List<String> terms = jdbc.queryForList("SELECT term FROM job_search_terms ORDER BY position", String.class);

		assertThat(terms).hasSize(6);
		for (String term : terms) {
			String encoded = java.net.URLEncoder.encode(term, java.nio.charset.StandardCharsets.UTF_8);
			assertThat(body).contains("https://www.linkedin.com/jobs/search/?keywords=" + encoded,
					"https://www.indeed.com/jobs?q=" + encoded,
					"https://www.glassdoor.com/Job/jobs.htm?sc.keyword=" + encoded,
					"https://www.ziprecruiter.com/jobs-search?search=" + encoded);
		}
	}

	@Test
	void answersAnUnknownFilterWithAHelpfulValidPageAndA400() {
		HttpResponse<String> response = new Http(port)
			.get("/platforms?category=%3Cscript%3Ex&workType=annotation-labeling");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("There is no category called", "&lt;script&gt;x")
			.doesNotContain("<script>x");
		assertThat(found(CARD, response.body())).containsExactlyInAnyOrderElementsOf(expected("", "annotation-labeling"));
		assertThat(HtmlChecker.errors(response.body())).isEmpty();
	}

	@Test
	void cutsAVeryLongUnknownValueBeforeEchoingIt() {
		String body = new Http(port).get("/platforms?workType=" + "z".repeat(500)).body();

		assertThat(body).contains("z".repeat(PlatformFilter.MAX_ECHO) + "…").doesNotContain("z".repeat(61));
	}

	private Set<String> expected(String category, String workType) {
		return new LinkedHashSet<>(jdbc.queryForList("""
				SELECT p.slug FROM platforms p
				WHERE (? = '' OR p.category_slug = ?)
				  AND (? = '' OR EXISTS (SELECT 1 FROM platform_work_types w
				                         WHERE w.platform_slug = p.slug AND w.work_type_slug = ?))
				""", String.class, category, category, workType, workType));
	}

	private static List<String> found(Pattern pattern, String text) {
		List<String> slugs = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			slugs.add(matcher.group(1));
		}
		return slugs;
	}

}
