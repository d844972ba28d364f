package io.trainerpath.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.persistence.EntityManagerFactory;
import io.trainerpath.support.Http;
import io.trainerpath.support.SiteCrawler;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes pages fast and cheap: no SQL once the reference data is cached, gzip, one round trip for
 * the first response, fingerprinted static files kept for a year, ETags and 304s, and no HTTP session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FastPagesTests {

	/** What fits in TCP's first flight of ten segments, so the page needs one round trip. */
	static final int FIRST_ROUND_TRIP_BYTES = 14 * 1024;

	static final int PAGE_WEIGHT_BYTES = 50 * 1024;

	static final HttpClient RAW = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	CacheManager cacheManager;

	Http http;

	Statistics statistics;

	static Set<String> pages;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@AfterEach
	void stopCounting() {
		statistics.setStatisticsEnabled(false);
	}

	@Test
	void warmGuidePagesIssueNoSqlStatements() {
		List<String> guidePages = guidePages();
		guidePages.forEach(http::get);

		long statements = statementsWhile(() -> guidePages.forEach(page -> assertThat(http.get(page).statusCode())
			.as(page)
			.isLessThan(400)));

		assertThat(guidePages).hasSizeGreaterThan(5).contains("/", "/guide", "/faq");
		assertThat(statements).as("SQL statements for %d warm guide pages", guidePages.size()).isZero();
	}

	@Test
	void aColdCacheIsFilledFromTheDatabaseOnce() {
		clearCaches();

		long first = statementsWhile(() -> http.get("/faq"));
		long second = statementsWhile(() -> http.get("/faq"));

		assertThat(first).as("statements to fill the caches").isPositive();
		assertThat(second).isZero();
	}

	@Test
	void noPageCreatesAnHttpSession() {
		Set<String> pages = pages();
		List<String> cookies = new ArrayList<>();

		for (String page : pages) {
			http.get(page).headers().allValues("Set-Cookie").forEach(cookie -> cookies.add(page + " " + cookie));
		}

		assertThat(pages).hasSizeGreaterThan(5);
		assertThat(cookies).noneMatch(cookie -> cookie.contains("JSESSIONID"));
	}

	@Test
	void pagesAndTheStylesheetAreSentGzipped() {
		HttpResponse<byte[]> page = gzipped("/guide");
		HttpResponse<byte[]> css = gzipped(stylesheetPath());

		assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(gunzip(page.body())).contains("</html>");
		assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(gunzip(css.body())).contains("{");
	}

	@Test
	void everyPageArrivesInOneRoundTripAndWeighsUnder50Kb() {
		Set<String> pages = pages();
		int css = gzipped(stylesheetPath()).body().length;
		List<String> tooBig = new ArrayList<>();

		for (String page : pages) {
			HttpResponse<byte[]> response = gzipped(page);
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			int html = response.body().length;
			if (html > FIRST_ROUND_TRIP_BYTES || html + css > PAGE_WEIGHT_BYTES) {
				tooBig.add(page + ": " + html + " bytes gzipped, " + (html + css) + " with the stylesheet");
			}
		}

		assertThat(pages).hasSizeGreaterThan(5);
		assertThat(tooBig).isEmpty();
	}

	@Test
	void pagesLoadNothingFromOtherHosts() {
		Pattern absolute = Pattern.compile("<(?:link|script|img|iframe|source)\\b[^>]*\\s(?:src|href)=\"((?:https?:)?//[^\"]*)\"");
		List<String> offenders = new ArrayList<>();

		for (String page : pages()) {
			Matcher links = absolute.matcher(http.get(page).body());
			while (links.find()) {
				// the canonical link names the page itself, with its full address
				if (!links.group(1).startsWith(http.base() + "/")) {
					offenders.add(page + ": " + links.group(1));
				}
			}
		}

		assertThat(offenders).isEmpty();
	}

	@Test
	void theStylesheetIsFingerprintedAndKeptForAYear() {
		String path = stylesheetPath();
		assertThat(path).matches("/assets/css/site-[0-9a-f]{32}\\.css");

		// Asked twice: the second answer comes from the page cache and must say the same.
		for (int time = 1; time <= 2; time++) {
			HttpResponse<String> css = http.get(path, "text/css");
			HttpResponse<String> plain = http.get("/assets/css/site.css", "text/css");

			assertThat(css.statusCode()).isEqualTo(200);
			assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
			assertThat(css.headers().firstValue("Cache-Control")).contains("max-age=31536000, public");
			assertThat(plain.statusCode()).isEqualTo(200);
			assertThat(plain.body()).isEqualTo(css.body()).contains("{");
			assertThat(css.headers().firstValueAsLong("Content-Length")).hasValue(css.body().getBytes(StandardCharsets.UTF_8).length);
		}
	}

	@Test
	void aKeptPageLargerThanTomcatsBufferArrivesWithItsLength() {
		http.get("/platforms");
		HttpResponse<String> kept = http.get("/platforms");

		assertThat(kept.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(8192);
		assertThat(kept.headers().firstValue("Transfer-Encoding")).isEmpty();
		assertThat(kept.headers().firstValueAsLong("Content-Length"))
			.hasValue(kept.body().getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void aKeptPageAskedForWithHeadDeclaresTheLengthAGetReceives() {
		int length = http.get("/platforms").body().getBytes(StandardCharsets.UTF_8).length;
		HttpResponse<String> head = http
			.send(http.request("/platforms").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(length);
	}

	@Test
	void anUnchangedPageIsAnsweredWith304() {
		HttpResponse<String> first = http.get("/guide");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = http
			.send(http.request("/guide").header("Accept", "text/html").header("If-None-Match", etag).GET().build());
		HttpResponse<String> stale = http
			.send(http.request("/guide").header("Accept", "text/html").header("If-None-Match", "W/\"0old\"").GET().build());

		assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache, public");
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(stale.statusCode()).isEqualTo(200);
	}

	@Test
	void aPageWithAFormTokenIsNeitherSharedNorKept() {
		// A form's CSRF token belongs to one visitor's cookie: such a page must never reach another visitor.
		String guideTag = http.get("/guide").headers().firstValue("ETag").orElseThrow();

		assertThat(http.get("/guide").headers().firstValue("ETag")).contains(guideTag);
		List<String> withForms = new ArrayList<>();
		for (String page : pages()) {
			HttpResponse<String> response = http.get(page);
			if (response.body().contains("name=\"_csrf\"")) {
				withForms.add(page);
				assertThat(response.headers().firstValue("Cache-Control")).as(page)
					.hasValueSatisfying(value -> assertThat(value).contains("no-store").doesNotContain("public"));
				assertThat(response.headers().firstValue("ETag")).as(page).isEmpty();
			}
		}
		assertThat(withForms).as("pages with a POST form, such as the quiz's start").isNotEmpty();
	}

	/** Crawled once per class: a crawl fetches every page. */
	private Set<String> pages() {
		if (pages == null) {
			pages = SiteCrawler.crawl(http, "/");
		}
		return pages;
	}

	private List<String> guidePages() {
		return pages()
			.stream()
			.filter(page -> page.equals("/") || page.startsWith("/guide") || page.startsWith("/faq"))
			.toList();
	}

	private long statementsWhile(Runnable requests) {
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		requests.run();
		statistics.setStatisticsEnabled(false);
		return statistics.getPrepareStatementCount();
	}

	private void clearCaches() {
		cacheManager.getCacheNames().forEach(name -> cacheManager.getCache(name).clear());
	}

	private String stylesheetPath() {
		Matcher link = STYLESHEET.matcher(http.get("/").body());
		assertThat(link.find()).as("a stylesheet link on the home page").isTrue();
		return link.group(1);
	}

	private HttpResponse<byte[]> gzipped(String path) {
		HttpRequest request = http.request(path).header("Accept", "text/html,text/css,*/*")
			.header("Accept-Encoding", "gzip")
			.GET()
			.build();
		try {
			return RAW.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String gunzip(byte[] body) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
