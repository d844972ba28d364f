package io.trainerpath.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.trainerpath.support.AccessibilityChecker;
import io.trainerpath.support.Browser;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import io.trainerpath.support.SiteCrawler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a visitor can reach, checked twice: the raw HTML by the Nu Html Checker, the rendered page
 * by axe-core in a real browser. Pages that no link reaches (error pages, forms with errors) are added.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryPageQualityTests {

	/** Pages no link leads to, but that a visitor can still see. */
	static final List<String> EXTRA_PAGES = List.of("/no-such-page", "/guide/no-such-section");

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start(1280, 900);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void everyPageIsValidHtmlAndPassesAxe() {
		Http http = new Http(port);
		Set<String> pages = new LinkedHashSet<>(SiteCrawler.crawl(http, "/"));
		pages.addAll(EXTRA_PAGES);
		List<String> problems = new ArrayList<>();

		for (String page : pages) {
			var response = http.get(page);
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			HtmlChecker.errors(response.body()).forEach(error -> problems.add(page + " [html] " + error));
			browser.get(http.base() + page);
			AccessibilityChecker.violations(browser).forEach(v -> problems.add(page + " [axe] " + v));
		}

		assertThat(pages).contains("/", "/guide", "/faq");
		assertThat(problems).as("problems on %d pages", pages.size()).isEmpty();
	}

}
