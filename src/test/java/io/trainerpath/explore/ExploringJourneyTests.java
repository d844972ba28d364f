package io.trainerpath.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.trainerpath.support.AccessibilityChecker;
import io.trainerpath.support.BrowserTest;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import io.trainerpath.support.Screenshots;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** Exploring in a real browser: the career path, the platform filters and the search box. */
class ExploringJourneyTests extends BrowserTest {

	/** Pages no link leads to: search results for odd queries, and a filter nobody offers. */
	static final List<String> UNLINKED_PAGES = List.of("/search?q=", "/search?q=a", "/search?q=%3C%3E%21%3F",
			"/search?q=" + "portfolio+".repeat(15), "/search?q=qqzzxx", "/search?q=medical+kaggle",
			"/search?q=pay", "/platforms?category=nope&workType=%3Cb%3E");


	@Test
	void followsTheCareerPathToARoleAndItsPayEstimateLink() {
		browser.get(base() + "/");
		browser.findElement(By.linkText("Careers")).click();
		assertThat(browser.findElements(By.cssSelector(".path-diagram > .path-step"))).hasSize(3);
		assertThat(browser.findElements(By.cssSelector(".path-branch"))).hasSize(4);

		browser.findElement(By.linkText("AI data trainer (with domain expertise)")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("AI data trainer (with domain expertise)");
		assertThat(browser.findElement(By.cssSelector(".pay-facts")).getText()).contains("$40–$80", "$60,000–$100,000");

		WebElement estimate = browser.findElement(By.linkText("Estimate your own pay at this level"));
		assertThat(estimate.getAttribute("href")).isEqualTo(base() + "/salary?band=domain-trainer");

		browser.findElement(By.linkText("Senior data trainer")).click();
		assertThat(browser.getCurrentUrl()).endsWith("/careers/senior-data-trainer");
		assertThat(browser.findElement(By.linkText("Estimate your own pay at this level")).getAttribute("href"))
			.endsWith("/salary?band=senior-expert");
		Screenshots.capture(browser, "explore-role");
	}

	@Test
	void filtersThePlatformsByCategoryAndKindOfWork() {
		browser.get(base() + "/");
		browser.findElement(By.linkText("Platforms")).click();
		int all = browser.findElements(By.cssSelector(".platform-card")).size();

		new Select(browser.findElement(By.id("category"))).selectByVisibleText("Crowd-work and annotation work platforms");
		new Select(browser.findElement(By.id("workType"))).selectByVisibleText("Model feedback and refinement");
		browser.findElement(By.cssSelector(".filter-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("category="));

		assertThat(browser.getCurrentUrl()).contains("category=crowd-work", "workType=model-feedback");
		List<String> shown = browser.findElements(By.cssSelector(".platform-card h3"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(shown).isNotEmpty().hasSizeLessThan(all).contains("Scale AI");
		assertThat(browser.findElements(By.cssSelector(".platform-group h2"))).extracting(WebElement::getText)
			.containsExactly("Crowd-work and annotation work platforms");
		assertThat(new Select(browser.findElement(By.id("category"))).getFirstSelectedOption().getText())
			.isEqualTo("Crowd-work and annotation work platforms");
		Screenshots.capture(browser, "explore-platforms-filtered");
	}

	@Test
	void searchesFromTheHeaderBoxAndHighlightsTheWord() {
		browser.get(base() + "/guide");
		WebElement box = browser.findElement(By.id("site-search-q"));
		box.sendKeys("portfolio");
		box.submit();
		// submit() returns before the next page loads; on a busy machine the URL was still /guide
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search"));

		assertThat(browser.getCurrentUrl()).endsWith("/search?q=portfolio");
		assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("portfolio");
		// the word, another form of it, or a synonym of its group (V22)
		assertThat(browser.findElements(By.cssSelector(".search-hit mark"))).isNotEmpty()
			.anySatisfy(mark -> assertThat(mark.getText()).isEqualToIgnoringCase("portfolio"))
			.allSatisfy(mark -> assertThat(mark.getText()).matches("(?i)portfolios?|resumes?|cvs?"));
		Screenshots.capture(browser, "explore-search");
	}

	@Test
	void pagesNoLinkReachesAreValidAndAccessible() {
		Http http = new Http(port);
		List<String> problems = new ArrayList<>();

		for (String page : UNLINKED_PAGES) {
			HtmlChecker.errors(http.get(page).body()).forEach(error -> problems.add(page + " [html] " + error));
			browser.get(base() + page);
			AccessibilityChecker.violations(browser).forEach(v -> problems.add(page + " [axe] " + v));
		}

		assertThat(problems).isEmpty();
	}

	@Test
	void aTypedScriptStaysText() {
		String attack = "<img src=x onerror=alert(1)> kaggle";

		browser.get(base() + "/search?q=" + URLEncoder.encode(attack, StandardCharsets.UTF_8));

		assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
		assertThat(browser.findElement(By.id("search-count")).getText()).contains(attack);
	}


}
