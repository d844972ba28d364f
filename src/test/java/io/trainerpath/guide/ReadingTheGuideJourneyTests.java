package io.trainerpath.guide;

import java.time.Duration;

import io.trainerpath.support.BrowserTest;
import io.trainerpath.support.Screenshots;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's way through the guide in a real browser: home, contents, a section, the next one, the FAQ,
 * then a search from the box in the header and one of its results.
 */
class ReadingTheGuideJourneyTests extends BrowserTest {

	/** A word the guide uses often, so the search must find it. */
	static final String TERM = "annotation";


	@Test
	void readsFromHomeThroughASectionToTheFaq() {
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(browser.findElement(By.cssSelector("table.bands")).getText()).contains("$15–$30");

		browser.findElement(By.linkText("Guide")).click();
		assertThat(browser.getTitle()).startsWith("The guide");
		browser.findElement(By.cssSelector(".toc > li:nth-child(4) > a")).click();
		String skillsHeading = browser.findElement(By.tagName("h1")).getText();
		assertThat(skillsHeading).startsWith("4");
		assertThat(browser.findElements(By.cssSelector(".subsection"))).hasSize(6);

		browser.findElement(By.cssSelector("a[rel=next]")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("5");
		assertThat(browser.findElements(By.cssSelector("ol.actions li"))).hasSizeGreaterThanOrEqualTo(15);

		browser.findElement(By.linkText("FAQ")).click();
		assertThat(browser.findElements(By.cssSelector(".faq-item h2"))).hasSize(5);
		Screenshots.capture(browser, "guide-faq");

		WebElement box = browser.findElement(By.cssSelector("header input[name=q]"));
		box.sendKeys(TERM, Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search?"));
		assertThat(browser.getCurrentUrl()).contains("q=" + TERM);
		assertThat(browser.findElement(By.tagName("main")).getText()).containsIgnoringCase(TERM);
		WebElement result = browser.findElements(By.cssSelector("main a[href^='/']"))
			.stream()
			.filter(link -> !link.getAttribute("href").contains("/search"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no result links to a page"));
		result.click();
		assertThat(browser.getCurrentUrl()).doesNotContain("/search");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(browser.findElement(By.tagName("main")).getText()).containsIgnoringCase(TERM);
		Screenshots.capture(browser, "guide-search-result");
	}

}
