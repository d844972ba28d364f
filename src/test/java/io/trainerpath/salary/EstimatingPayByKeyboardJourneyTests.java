package io.trainerpath.salary;

import java.util.List;
import java.util.function.Predicate;

import io.trainerpath.support.AccessibilityChecker;
import io.trainerpath.support.Browser;
import io.trainerpath.support.BrowserTest;
import io.trainerpath.support.Screenshots;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who uses only the keyboard estimates their pay: from the home page to the form, a failed
 * submit, the estimate, one changed answer, and the method page. Every element that takes focus on
 * the way must show that it has it.
 */
class EstimatingPayByKeyboardJourneyTests extends BrowserTest {


	// the header's search box has a submit button too; the estimator's is the one inside <main>
	private static boolean isFormSubmit(WebElement element) {
		return "submit".equals(element.getAttribute("type"))
				&& !element.findElements(By.xpath("ancestor::main")).isEmpty();
	}

	@Test
	void estimatesPayWithTheKeyboardAlone() {
		browser.get("http://localhost:" + port + "/");
		tabUntil(link("/salary"));
		pressAndWaitForNextPage(Keys.ENTER);
		assertThat(heading()).isEqualTo("Estimate your pay");
		assertThat(AccessibilityChecker.violations(browser)).as("form").isEmpty();

		// a submit without a level or a field fails, and focus lands on the summary of the errors
		tabUntil(EstimatingPayByKeyboardJourneyTests::isFormSubmit);
		pressAndWaitForNextPage(Keys.ENTER);
		assertThat(heading()).isEqualTo("Estimate your pay");
		WebElement focused = active();
		assertThat(focused.getAttribute("class")).contains("error-summary");
		assertThat(hasVisibleFocus(focused)).as("the error summary shows focus").isTrue();
		assertThat(focused.getText()).contains("Choose the level of role", "Choose your field");
		assertThat(AccessibilityChecker.violations(browser)).as("form with errors").isEmpty();

		// choose the entry level with Space, then type to pick a field
		tabUntil(element -> "band".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		assertThat(active().isSelected()).isTrue();
		tabUntil(element -> "domain".equals(element.getAttribute("id")));
		press("Law");
		assertThat(browser.findElement(By.id("domain")).getAttribute("value")).isEqualTo("law");
		// nothing is chosen for the visitor: the first answer of a group takes Space, the second an arrow key
		for (String factor : List.of("experience", "location", "employment", "company", "complexity")) {
			tabUntil(element -> factor.equals(element.getAttribute("id")));
			press(factor.equals("employment") ? Keys.SPACE : Keys.ARROW_DOWN);
		}
		tabUntil(element -> "hours".equals(element.getAttribute("id")));
		press("30");
		tabUntil(EstimatingPayByKeyboardJourneyTests::isFormSubmit);
		new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		// the optional platform figures sit, folded, between the hours and the button
		assertThat(active().getTagName()).isEqualTo("summary");
		assertThat(hasVisibleFocus(active())).isTrue();
		pressAndWaitForNextPage(Keys.TAB, Keys.ENTER);

		assertThat(heading()).isEqualTo("Your pay estimate");
		String before = hourlyRange();
		assertThat(before).isEqualTo("$20–$25");
		assertThat(browser.findElement(By.cssSelector("svg[role=img] title")).getAttribute("textContent"))
			.isNotBlank();
		assertThat(browser.findElements(By.cssSelector("svg[role=img] rect"))).hasSizeGreaterThanOrEqualTo(6);
		assertThat(browser.findElement(By.cssSelector(".salary-headline")).getText()).contains("$28,800–$36,000");
		assertThat(AccessibilityChecker.violations(browser)).as("results").isEmpty();
		Screenshots.capture(browser, "salary-results");

		// change one answer: back to the form, move the location one step up with an arrow key
		tabUntil(element -> element.getText().equals("Change an answer"));
		pressAndWaitForNextPage(Keys.ENTER);
		assertThat(browser.findElement(By.id("band")).isSelected()).isTrue();
		tabUntil(element -> "location-other-city".equals(element.getAttribute("id")));
		press(Keys.ARROW_DOWN);
		assertThat(browser.findElement(By.id("location-tech-hub")).isSelected()).isTrue();
		tabUntil(EstimatingPayByKeyboardJourneyTests::isFormSubmit);
		pressAndWaitForNextPage(Keys.ENTER);

		String after = hourlyRange();
		assertThat(after).isNotEqualTo(before);
		assertThat(lowEnd(after)).isGreaterThanOrEqualTo(lowEnd(before));
		assertThat(browser.findElement(By.cssSelector(".salary-breakdown")).getText()).contains("A major tech hub",
				"+$0.75");

		tabUntil(link("/salary/method"));
		pressAndWaitForNextPage(Keys.ENTER);
		assertThat(heading()).isEqualTo("How the estimate works");
		assertThat(AccessibilityChecker.violations(browser)).as("method").isEmpty();
	}

	private static Predicate<WebElement> link(String href) {
		return element -> "a".equals(element.getTagName()) && href.equals(element.getDomAttribute("href"));
	}

	/** Presses Tab until the focused element matches, checking every stop shows its focus. */
	private static void tabUntil(Predicate<WebElement> target) {
		for (int i = 0; i < 120; i++) {
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

	private static String hourlyRange() {
		return browser.findElement(By.cssSelector(".salary-breakdown tfoot td:nth-of-type(2)")).getText();
	}

	private static int lowEnd(String range) {
		return Integer.parseInt(range.substring(1, range.indexOf('–')).replace(",", ""));
	}

}
