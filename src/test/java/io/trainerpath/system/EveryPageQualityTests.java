package io.trainerpath.system;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.trainerpath.support.AccessibilityChecker;
import io.trainerpath.support.Baselines;
import io.trainerpath.support.Browser;
import io.trainerpath.support.BrowserTest;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import io.trainerpath.support.Screenshots;
import io.trainerpath.support.SiteCrawler;
import io.trainerpath.support.Sitemap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a visitor can reach: everything in /sitemap.xml, everything linked from "/" or from those,
 * pages no link leads to, and where each GET form leads when sent as shown and when sent empty. Each is
 * checked by the Nu Html Checker (raw HTML) and, in a real browser, by axe-core; it must load nothing
 * from another origin, log no console error, and never scroll sideways on a 390 px phone. A new page is
 * covered as soon as it is in the sitemap or linked.
 */
class EveryPageQualityTests extends BrowserTest {

	/** Pages no link leads to, but that a visitor can still see. */
	static final List<String> EXTRA_PAGES = List.of("/no-such-page", "/guide/no-such-section");


	@Test
	void everyPageIsValidAccessibleSelfContainedAndFitsAPhone() throws Exception {
		Http http = new Http(port);
		List<String> problems = new ArrayList<>();
		List<String> sitemap = sitemapPaths(http, problems);
		Set<String> starts = new LinkedHashSet<>(List.of("/"));
		starts.addAll(sitemap);
		Set<String> pages = new LinkedHashSet<>(SiteCrawler.crawl(http, starts.toArray(String[]::new)));
		pages.addAll(EXTRA_PAGES);

		int checked = 0;
		// the Nu checker works on the raw HTML in its own thread while the browser checks the page
		List<Future<List<String>>> htmlProblems = new ArrayList<>();
		ExecutorService nu = Executors.newSingleThreadExecutor();
		try {
			Deque<String> queue = new ArrayDeque<>(pages);
			while (!queue.isEmpty()) {
				String page = queue.poll();
				var response = http.get(page);
				if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
					continue;
				}
				checked++;
				// what a GET form leads to (a results page, the form shown with its errors) is a page too
				for (String submitted : submissionsOfGetForms(response.body())) {
					if (pages.add(submitted)) {
						queue.add(submitted);
					}
				}
				htmlProblems.add(nu.submit(() -> HtmlChecker.errors(response.body())
					.stream()
					.map(error -> page + " [html] " + error)
					.toList()));
				browser.get(http.base() + page);
				problems.addAll(checkInBrowser(page, response.statusCode()));
			}
			for (Future<List<String>> html : htmlProblems) {
				problems.addAll(html.get());
			}
		}
		finally {
			nu.shutdownNow();
		}

		assertThat(pages).contains("/", "/guide", "/faq").containsAll(sitemap);
		assertThat(checked).isGreaterThanOrEqualTo(pages.size() - 5);
		assertThat(problems).as("problems on %d pages", checked).isEmpty();
	}

	@Test
	void theRefusalPagesForFormsAreValidAndAccessible() {
		Http http = new Http(port);
		List<String> problems = new ArrayList<>();

		// a form sent without its CSRF token, and one far too big, exactly as a browser would send them
		problems.addAll(submitInBrowser(http, "expired", "x", 403, "We could not accept that form"));
		problems.addAll(submitInBrowser(http, "oversized", "x".repeat(70_000), 413, "more than we can accept"));

		assertThat(problems).isEmpty();
	}

	private List<String> submitInBrowser(Http http, String name, String value, int status, String heading) {
		browser.get(http.base() + "/guide");
		browser.executeScript("""
				const form = document.createElement('form');
				form.method = 'post';
				form.action = '/guide';
				const field = document.createElement('textarea');
				field.name = 'answer';
				field.value = arguments[0];
				form.appendChild(field);
				document.body.appendChild(form);
				form.submit();
				""", value);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.tagName("h1")).isEmpty()
					&& d.findElement(By.tagName("h1")).getText().contains(heading.substring(0, 10)));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(heading);
		// the browser logs the refused post itself: proof that console errors do reach these checks
		List<String> console = Browser.consoleErrors(browser);
		assertThat(console).anyMatch(message -> message.contains("status of " + status));
		List<String> problems = new ArrayList<>();
		console.stream()
			.filter(message -> !message.contains("status of " + status))
			.forEach(message -> problems.add(name + " [console] " + message));
		problems.addAll(checkInBrowser(name, status));
		HtmlChecker.errors(rawBody(http, status, value)).forEach(error -> problems.add(name + " [html] " + error));
		return problems;
	}

	private String rawBody(Http http, int status, String value) {
		var response = http.send(http.request("/guide")
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("answer=" + value))
			.build());
		assertThat(response.statusCode()).isEqualTo(status);
		return response.body();
	}

	/**
	 * For each GET form on the page: the address it leads to when sent as shown (its defaults, often a
	 * result) and when sent with every field empty (usually the form with its errors).
	 */
	private static List<String> submissionsOfGetForms(String html) {
		List<String> addresses = new ArrayList<>();
		for (Baselines.Form form : Baselines.formsIn(html)) {
			if (!form.method().equals("GET") || !form.action().startsWith("/") || form.fields().isEmpty()) {
				continue;
			}
			String filled = form.fields()
				.entrySet()
				.stream()
				.map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
				.collect(Collectors.joining("&"));
			String empty = form.fields().keySet().stream().map(name -> encode(name) + "=").collect(Collectors.joining("&"));
			addresses.add(form.action() + "?" + filled);
			addresses.add(form.action() + "?" + empty);
		}
		return addresses;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** axe, console, foreign requests and sideways scrolling for the page the browser shows now. */
	private static List<String> checkInBrowser(String page, int status) {
		List<String> problems = new ArrayList<>();
		AccessibilityChecker.violations(browser).forEach(v -> problems.add(page + " [axe] " + v));
		Browser.consoleErrors(browser)
			.stream()
			// the browser reports an error status of the page itself; that status is what the page is for
			.filter(message -> !(status >= 400 && message.contains("status of " + status)))
			.forEach(message -> problems.add(page + " [console] " + message));
		Browser.foreignRequests(browser).forEach(url -> problems.add(page + " [foreign request] " + url));
		long overflow = Screenshots.phoneOverflow(browser);
		if (overflow > 0) {
			problems.add(page + " [phone] scrolls sideways by " + overflow + " px at " + Screenshots.PHONE_WIDTH);
		}
		return problems;
	}

	/** The paths listed in /sitemap.xml, each of which must answer 200; none when there is no sitemap. */
	private static List<String> sitemapPaths(Http http, List<String> problems) {
		var response = http.get("/sitemap.xml", "application/xml");
		if (response.statusCode() == 404) {
			return List.of();
		}
		if (response.statusCode() != 200) {
			problems.add("/sitemap.xml answers " + response.statusCode());
			return List.of();
		}
		List<String> paths = Sitemap.paths(response.body());
		if (paths.isEmpty()) {
			problems.add("/sitemap.xml lists no pages");
		}
		for (String path : paths) {
			int status = http.get(path).statusCode();
			if (status != 200) {
				problems.add(path + " is in the sitemap but answers " + status);
			}
		}
		return paths;
	}

}
