package io.trainerpath.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.trainerpath.support.BrowserTest;
import io.trainerpath.support.Screenshots;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide read with the keyboard alone: Tab, Shift+Tab, Enter and Space, no mouse. The skip link
 * comes first and works, every element that takes focus shows it clearly, and links open with Enter.
 */
class KeyboardGuideJourneyTests extends BrowserTest {

	/** Enough for the longest page; a walk that never ends means focus is trapped. */
	static final int MAX_STOPS = 120;


	@Test
	void theSkipLinkComesFirstAndLeadsIntoTheContent() {
		browser.get(base() + "/");

		press(Keys.TAB);
		WebElement skip = focused();
		assertThat(skip.getAttribute("class")).contains("skip-link");
		assertThat(skip.getText()).isEqualTo("Skip to main content");
		assertThat(insideViewport(skip)).as("skip link shown once focused").isTrue();
		assertThat(focusIndicator(skip)).isNotEmpty();

		press(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).endsWith("#main");
		press(Keys.TAB);
		assertThat(insideMain(focused())).as("first Tab after the skip link lands in the content").isTrue();

		shiftTab();
		assertThat(insideMain(focused())).as("Shift+Tab goes back before the content").isFalse();
		assertThat(focusIndicator(focused())).isNotEmpty();
	}

	@Test
	void everyElementThatTakesFocusShowsIt() {
		List<String> problems = new ArrayList<>();

		for (String page : List.of("/", "/guide", "/guide/essential-skills", "/faq")) {
			browser.get(base() + page);
			problems.addAll(walk(page));
		}

		assertThat(problems).isEmpty();
	}

	@Test
	void readsFromHomeToTheNextSectionWithEnterAndScrollsWithSpace() {
		browser.get(base() + "/");

		tabTo(link -> link.getText().equals("Guide") && !insideMain(link));
		press(Keys.ENTER);
		assertThat(browser.getTitle()).startsWith("The guide");

		tabTo(link -> link.getAttribute("href") != null && link.getAttribute("href").endsWith("/guide/introduction"));
		press(Keys.ENTER);
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("1");

		tabTo(link -> "next".equals(link.getAttribute("rel")));
		press(Keys.ENTER);
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("2");

		long top = scrollY();
		press(Keys.SPACE);
		long down = settledScrollY();
		assertThat(down).as("Space scrolls the section down").isGreaterThan(top);
		shiftPress(Keys.SPACE);
		assertThat(settledScrollY()).as("Shift+Space scrolls back up").isLessThan(down);
		Screenshots.capture(browser, "guide-keyboard");
	}

	/** Tabs through the whole page once, checking each stop; returns what is wrong. */
	private List<String> walk(String page) {
		List<String> problems = new ArrayList<>();
		List<WebElement> stops = new ArrayList<>();
		List<Map<String, Object>> focusedStyles = new ArrayList<>();
		for (int i = 0; i < MAX_STOPS; i++) {
			press(Keys.TAB);
			WebElement element = focused();
			if (element.getTagName().equals("body") || (!stops.isEmpty() && element.equals(stops.get(0)))) {
				break;
			}
			if (i == MAX_STOPS - 1) {
				problems.add(page + ": focus never left the page after " + MAX_STOPS + " Tabs");
			}
			stops.add(element);
			focusedStyles.add(style(element));
			if (focusIndicator(element).isEmpty()) {
				problems.add(page + ": no visible focus on " + describe(element));
			}
		}
		browser.executeScript("document.activeElement.blur();");
		for (int i = 0; i < stops.size(); i++) {
			if (style(stops.get(i)).equals(focusedStyles.get(i))) {
				problems.add(page + ": looks the same with and without focus: " + describe(stops.get(i)));
			}
		}
		assertThat(stops).as("focusable elements on %s", page).hasSizeGreaterThan(5);
		return problems;
	}

	/** What shows focus on the element now: an outline or a box shadow; empty when neither. */
	private static String focusIndicator(WebElement element) {
		Map<String, Object> style = style(element);
		StringBuilder indicator = new StringBuilder();
		boolean outline = !"none".equals(style.get("outlineStyle")) && !"0px".equals(style.get("outlineWidth"))
				&& !String.valueOf(style.get("outlineColor")).endsWith(", 0)");
		if (outline) {
			indicator.append("outline ").append(style.get("outlineWidth"));
		}
		if (!"none".equals(style.get("boxShadow"))) {
			indicator.append(" shadow");
		}
		boolean visible = Boolean.TRUE.equals(
				browser.executeScript("return arguments[0].matches(':focus-visible');", element));
		return visible ? indicator.toString().trim() : "";
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> style(WebElement element) {
		return (Map<String, Object>) browser.executeScript("""
				const s = getComputedStyle(arguments[0]);
				return {outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor,
				        boxShadow: s.boxShadow, backgroundColor: s.backgroundColor, color: s.color,
				        textDecoration: s.textDecorationLine};
				""", element);
	}

	private void tabTo(java.util.function.Predicate<WebElement> target) {
		for (int i = 0; i < MAX_STOPS; i++) {
			press(Keys.TAB);
			if (target.test(focused())) {
				return;
			}
		}
		throw new AssertionError("Tab never reached the element on " + browser.getCurrentUrl());
	}

	private static boolean insideMain(WebElement element) {
		return Boolean.TRUE.equals(browser.executeScript("return !!arguments[0].closest('main');", element));
	}

	private static boolean insideViewport(WebElement element) {
		return Boolean.TRUE.equals(browser.executeScript("""
				const r = arguments[0].getBoundingClientRect();
				return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
				  && r.bottom <= innerHeight && r.right <= innerWidth;
				""", element));
	}

	/** The scroll position once any smooth scrolling has come to rest. */
	private static long settledScrollY() {
		long previous = -1;
		long current = scrollY();
		for (int i = 0; i < 40 && current != previous; i++) {
			sleep(50);
			previous = current;
			current = scrollY();
		}
		return current;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static long scrollY() {
		return ((Number) browser.executeScript("return Math.round(window.scrollY);")).longValue();
	}

	private static String describe(WebElement element) {
		String html = String.valueOf(browser.executeScript("return arguments[0].outerHTML;", element));
		return html.length() > 120 ? html.substring(0, 120) + "…" : html;
	}

	private static WebElement focused() {
		return browser.switchTo().activeElement();
	}

	private static void press(CharSequence key) {
		new Actions(browser).sendKeys(key).perform();
	}

	private static void shiftTab() {
		shiftPress(Keys.TAB);
	}

	private static void shiftPress(CharSequence key) {
		new Actions(browser).keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT).perform();
	}


}
