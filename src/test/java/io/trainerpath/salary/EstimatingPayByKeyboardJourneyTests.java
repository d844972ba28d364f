package io.trainerpath.salary;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.trainerpath.support.AccessibilityChecker;
import io.trainerpath.support.Browser;
import io.trainerpath.support.BrowserTest;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import io.trainerpath.support.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who uses only the keyboard estimates their pay, on a 390 px phone and on a 1280 px screen:
 * from the home page to the form, a failed submit, a level left to us at part-time hours, a level that
 * the answers do not fit and the suggested one in one step, the real rate of freelance work, and the
 * method page. Every element that takes focus must show it; every page on the way, and every kind of
 * result, passes axe-core and the Nu Html Checker, and none is wider than a phone.
 */
class EstimatingPayByKeyboardJourneyTests extends BrowserTest {

	private final List<String> problems = new ArrayList<>();

	@AfterEach
	void desktopAgain() {
		browser.manage().window().setSize(new Dimension(Screenshots.DESKTOP_WIDTH, 900));
	}

	// the header's search box has a submit button too; the estimator's is the one inside <main>
	private static boolean isFormSubmit(WebElement element) {
		return "submit".equals(element.getAttribute("type"))
				&& !element.findElements(By.xpath("ancestor::main")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { Screenshots.PHONE_WIDTH, Screenshots.DESKTOP_WIDTH })
	void estimatesPayWithTheKeyboardAlone(int width) {
		viewport(width);
		browser.get(base() + "/");
		tabUntil(link("/salary"));
		pressAndWaitForNextPage(Keys.ENTER);
		assertThat(heading()).isEqualTo("Estimate your pay");
		check("form");

		// a submit with nothing chosen fails, and focus lands on the summary of the errors
		tabUntil(EstimatingPayByKeyboardJourneyTests::isFormSubmit);
		pressAndWaitForNextPage(Keys.ENTER);
		assertThat(heading()).isEqualTo("Estimate your pay");
		WebElement focused = active();
		assertThat(focused.getAttribute("class")).contains("error-summary");
		assertThat(Browser.withPageFocus(browser, () -> hasVisibleFocus(focused))).as("the error summary shows focus")
			.isTrue();
		assertThat(focused.getText()).contains("Choose the level of role", "Choose your field",
				"Enter how many hours a week");
		check("form with errors");

		// not sure of the level: the arrow keys move down the levels to "Not sure — suggest one"
		tabUntil(element -> "band".equals(element.getAttribute("id")));
		press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
		assertThat(active().getAttribute("id")).isEqualTo("band-suggest");
		assertThat(active().isSelected()).isTrue();
		tabUntil(element -> "domain".equals(element.getAttribute("id")));
		press("Law");
		assertThat(browser.findElement(By.id("domain")).getAttribute("value")).isEqualTo("law");
		// nothing is chosen for the visitor: the first answer of a group takes Space, the next an arrow key
		for (String factor : List.of("experience", "location", "employment", "company", "complexity")) {
			tabUntil(element -> factor.equals(element.getAttribute("id")));
			press(Keys.ARROW_DOWN);
		}
		assertThat(browser.findElement(By.id("employment-part-time")).isSelected()).isTrue();
		tabUntil(element -> "annotation".equals(element.getAttribute("id")));
		press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
		assertThat(browser.findElement(By.id("annotation-paid")).isSelected()).isTrue();
		tabUntil(element -> "hours".equals(element.getAttribute("id")));
		press("20");
		// the optional platform figures sit, folded, between the hours and the button
		press(Keys.TAB);
		assertThat(active().getTagName()).isEqualTo("summary");
		pressAndWaitForNextPage(Keys.TAB, Keys.ENTER);

		// part-time at a level left to us: what 20 hours earn comes first, then the level and why
		assertThat(heading()).isEqualTo("Your pay estimate");
		assertThat(browser.findElement(By.cssSelector(".salary-figure")).getText()).contains("$51,840–$63,360",
				"a year, working 20 hours a week");
		assertThat(browser.findElement(By.cssSelector(".salary-level")).getText())
			.contains("You were not sure of your level", "AI data trainer with domain expertise", "Why:");
		assertThat(browser.findElements(By.cssSelector(".salary-effective"))).isEmpty();
		check("results, level left to us");
		if (width == Screenshots.PHONE_WIDTH) {
			Screenshots.capture(browser, "salary-results");
			viewport(width);
		}

		// choose the senior level after all: the results set both estimates side by side
		tabUntil(element -> element.getText().equals("Change an answer"));
		pressAndWaitForNextPage(Keys.ENTER);
		assertThat(browser.findElement(By.id("band-suggest")).isSelected()).isTrue();
		tabUntil(element -> "band-suggest".equals(element.getAttribute("id")));
		press(Keys.ARROW_UP);
		assertThat(browser.findElement(By.id("band-senior-expert")).isSelected()).isTrue();
		tabUntil(EstimatingPayByKeyboardJourneyTests::isFormSubmit);
		pressAndWaitForNextPage(Keys.ENTER);
		assertThat(browser.findElement(By.cssSelector(".salary-disagrees")).getText()).contains(
				"Senior or lead trainer, domain-expert consultant", "AI data trainer with domain expertise");
		assertThat(browser.findElements(By.cssSelector(".salary-compare-card"))).hasSize(2);
		check("results, level the answers do not fit");

		// the suggested level is one link away
		tabUntil(element -> element.getText().startsWith("See the estimate for"));
		pressAndWaitForNextPage(Keys.ENTER);
		assertThat(browser.findElement(By.cssSelector(".salary-level")).getText())
			.contains("Your answers fit the level you chose: AI data trainer with domain expertise");

		// freelance, with unpaid time and rejected work typed into the folded part of the form
		tabUntil(element -> element.getText().equals("Change an answer"));
		pressAndWaitForNextPage(Keys.ENTER);
		tabUntil(element -> "employment-part-time".equals(element.getAttribute("id")));
		press(Keys.ARROW_DOWN);
		assertThat(browser.findElement(By.id("employment-freelance")).isSelected()).isTrue();
		tabUntil(element -> "summary".equals(element.getTagName()));
		press(Keys.ENTER);
		assertThat(browser.findElement(By.id("platform")).getAttribute("open")).isNotNull();
		press(Keys.TAB);
		assertThat(active().getAttribute("id")).isEqualTo("unpaid");
		press("15", Keys.TAB, "10");
		tabUntil(EstimatingPayByKeyboardJourneyTests::isFormSubmit);
		pressAndWaitForNextPage(Keys.ENTER);
		String realRate = browser.findElement(By.cssSelector(".salary-effective")).getText();
		assertThat(realRate).contains("Advertised rate", "What you earn for each hour you work", "your figure",
				"our assumption");
		assertThat(lowEnd(rangeIn(".salary-effective-figures div:nth-of-type(2) dd")))
			.isLessThan(lowEnd(rangeIn(".salary-effective-figures div:nth-of-type(1) dd")));
		check("results, freelance with the real rate");

		tabUntil(link("/salary/method"));
		pressAndWaitForNextPage(Keys.ENTER);
		assertThat(heading()).isEqualTo("How the estimate works");
		check("method");

		assertThat(problems).isEmpty();
	}

	/** Every kind of result, at both widths: valid, accessible, and never wider than a phone. */
	@Test
	void everyKindOfResultIsValidAccessibleAndFitsAPhone() {
		Http http = new Http(port);

		SalaryVariants.RESULTS.forEach((name, query) -> {
			String path = "/salary/estimate?" + query;
			HtmlChecker.errors(http.get(path).body()).forEach(error -> problems.add(name + " [html] " + error));
			for (int width : new int[] { Screenshots.PHONE_WIDTH, Screenshots.DESKTOP_WIDTH }) {
				viewport(width);
				browser.get(base() + path);
				AccessibilityChecker.violations(browser)
					.forEach(violation -> problems.add(name + " at " + width + " [axe] " + violation));
			}
			viewport(Screenshots.PHONE_WIDTH);
			tooWide().forEach(element -> problems.add(name + " [phone] " + element));
		});

		assertThat(problems).isEmpty();
	}

	/** axe in the browser at the current width, the Nu checker on the same address's raw HTML, the phone's width. */
	private void check(String page) {
		AccessibilityChecker.violations(browser).forEach(violation -> problems.add(page + " [axe] " + violation));
		URI current = URI.create(browser.getCurrentUrl());
		String path = current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
		HtmlChecker.errors(new Http(port).get(path).body()).forEach(error -> problems.add(page + " [html] " + error));
		long width = (Long) browser.executeScript("return document.documentElement.clientWidth;");
		if (width <= Screenshots.PHONE_WIDTH) {
			tooWide().forEach(element -> problems.add(page + " [phone] " + element));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> tooWide() {
		return (List<String>) browser.executeScript(SalaryPhoneAndPrintTests.TOO_WIDE);
	}

	private static void viewport(int width) {
		SalaryPhoneAndPrintTests.viewport(browser, width);
	}

	private static Predicate<WebElement> link(String href) {
		return element -> "a".equals(element.getTagName()) && href.equals(element.getDomAttribute("href"));
	}

	/** Presses Tab until the focused element matches, checking every stop shows its focus. */
	private static void tabUntil(Predicate<WebElement> target) {
		for (int i = 0; i < 150; i++) {
			press(Keys.TAB);
			WebElement focused = active();
			if (!"body".equals(focused.getTagName())) {
				assertThat(hasVisibleFocus(focused)).as("focus indicator on %s", describe(focused)).isTrue();
			}
			if (target.test(focused)) {
				return;
			}
		}
		throw new AssertionError("Tab never reached the element");
	}

	private static void press(CharSequence... keys) {
		new Actions(browser).sendKeys(keys).perform();
	}

	// every Enter here follows a link or submits a form: wait until the next page has replaced this one
	private static void pressAndWaitForNextPage(CharSequence... keys) {
		WebElement page = browser.findElement(By.tagName("html"));
		press(keys);
		Browser.waitForNextPage(browser, page);
	}

	private static WebElement active() {
		return browser.switchTo().activeElement();
	}

	private static boolean hasVisibleFocus(WebElement element) {
		@SuppressWarnings("unchecked")
		List<String> style = (List<String>) ((JavascriptExecutor) browser).executeScript(
				"const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth, s.boxShadow];",
				element);
		boolean outline = !"none".equals(style.get(0)) && !"0px".equals(style.get(1));
		boolean shadow = !"none".equals(style.get(2));
		return outline || shadow;
	}

	private static String describe(WebElement element) {
		return element.getTagName() + "#" + element.getAttribute("id") + " " + element.getText();
	}

	private static String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	private static String rangeIn(String selector) {
		return browser.findElement(By.cssSelector(selector)).getText();
	}

	private static int lowEnd(String range) {
		return Integer.parseInt(range.substring(1, range.indexOf('–')).replace(",", ""));
	}

}
