package io.trainerpath.explore.findable;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What search engines see: the sitemap, robots.txt, and each page's title, description and canonical link. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FindabilityTests {

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	private static final Pattern DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\">");

	private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\">");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sitemapIsValidXmlInTheSitemapNamespace() throws Exception {
		Document xml = sitemapXml();

		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		assertThat(xml.getElementsByTagNameNS("*", "lastmod").getLength()).isEqualTo(sitemapPaths().size());
	}

	@Test
	void sitemapListsEveryGuideSectionRoleAndMainPage() {
		List<String> paths = sitemapPaths();
		List<String> sections = jdbc.queryForList("SELECT slug FROM guide_sections WHERE parent_slug IS NULL",
				String.class);
		List<String> roles = jdbc.queryForList("SELECT slug FROM career_roles", String.class);

		assertThat(paths).contains("/", "/guide", "/faq", "/careers", "/platforms", "/api", "/assessment", "/salary",
				"/salary/method");
		assertThat(paths).containsAll(sections.stream().map(s -> "/guide/" + s).toList());
		assertThat(paths).containsAll(roles.stream().map(r -> "/careers/" + r).toList());
		assertThat(paths).doesNotHaveDuplicates();
	}

	@Test
	void sitemapListsOnlyPagesThatAnswer200() {
		Http http = new Http(port);
		List<String> failing = new ArrayList<>();

		for (String path : sitemapPaths()) {
			int status = http.get(path).statusCode();
			if (status != 200) {
				failing.add(path + " → " + status);
			}
		}

		assertThat(failing).isEmpty();
	}

	@Test
	void everySitemapPageHasItsOwnTitleDescriptionAndCanonicalLink() {
		Http http = new Http(port);
		Map<String, String> titles = new HashMap<>();
		Map<String, String> descriptions = new HashMap<>();
		List<String> problems = new ArrayList<>();

		for (String path : sitemapPaths()) {
			HttpResponse<String> page = http.get(path);
			if (page.statusCode() != 200) {
				continue;
			}
			String title = first(TITLE, page.body());
			String description = first(DESCRIPTION, page.body());
			if (title == null || titles.containsKey(title)) {
				problems.add(path + " title " + title + " also on " + titles.get(title));
			}
			if (description == null || description.isBlank() || descriptions.containsKey(description)) {
				problems.add(path + " description also on " + descriptions.get(description));
			}
			if (!(http.base() + path).equals(first(CANONICAL, page.body()))) {
				problems.add(path + " canonical " + first(CANONICAL, page.body()));
			}
			titles.put(title, path);
			descriptions.put(description, path);
		}

		assertThat(titles).hasSizeGreaterThan(20);
		assertThat(problems).isEmpty();
	}

	@Test
	void canonicalLinkLeavesOutTheQuery() {
		Http http = new Http(port);

		String body = http.get("/platforms?category=job-board&workType=model-feedback").body();

		assertThat(first(CANONICAL, body)).isEqualTo(http.base() + "/platforms");
	}

	@Test
	void errorPagesHaveNoCanonicalLink() {
		HttpResponse<String> response = new Http(port).get("/careers/no-such-role");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("rel=\"canonical\"");
	}

	@Test
	void guidePagesCarryOpenGraphTags() {
		Http http = new Http(port);

		String body = http.get("/guide/essential-skills").body();

		assertThat(body).contains("<meta property=\"og:type\" content=\"article\">",
				"<meta property=\"og:site_name\" content=\"TrainerPath\">",
				"<meta property=\"og:url\" content=\"" + http.base() + "/guide/essential-skills\">")
			.containsPattern("<meta property=\"og:title\" content=\"4\\. [^\"]+\">")
			.containsPattern("<meta property=\"og:description\" content=\"[^\"]{20,}\">");
	}

	@Test
	void robotsAllowsAllButPrivateResultsAndTheApiAndNamesTheSitemap() {
		Http http = new Http(port);

		HttpResponse<String> robots = http.get("/robots.txt", "text/plain");

		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.body().lines().toList()).contains("User-agent: *", "Allow: /", "Disallow: /assessment/",
				"Disallow: /api/", "Sitemap: " + http.base() + "/sitemap.xml");
	}

	private List<String> sitemapPaths() {
		try {
			Document xml = sitemapXml();
			NodeList locs = xml.getElementsByTagNameNS("*", "loc");
			List<String> paths = new ArrayList<>();
			String base = new Http(port).base();
			for (int i = 0; i < locs.getLength(); i++) {
				String loc = locs.item(i).getTextContent();
				assertThat(loc).startsWith(base);
				paths.add(loc.substring(base.length()));
			}
			return paths;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Document sitemapXml() throws Exception {
		HttpResponse<String> response = new Http(port).get("/sitemap.xml", "application/xml");
		assertThat(response.statusCode()).isEqualTo(200);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
	}

	private static String first(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

}
