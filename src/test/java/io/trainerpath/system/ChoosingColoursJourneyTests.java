package io.trainerpath.system;

import java.util.Map;

import io.trainerpath.support.AccessibilityChecker;
import io.trainerpath.support.Browser;
import io.trainerpath.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor follows their device's colours, then picks dark, light and their device's again with the
 * footer's switch, by keyboard and with JavaScript switched off, and stays on the page they were reading.
 */
class ChoosingColoursJourneyTests extends BrowserTest {

	static final String LIGHT = "rgb(255, 255, 255)";

	static final String DARK = "rgb(20, 25, 31)";

	static final String PAGE = "/salary/method";

	@AfterEach
	void deviceDecidesAgain() {
		Browser.emulateColourScheme(browser, null);
		browser.manage().deleteAllCookies();
	}

	@Test
	void pagesFollowTheDeviceUntilTheVisitorChooses() {
		Browser.emulateColourScheme(browser, "dark");
		browser.get(base() + PAGE);
		assertThat(paper()).isEqualTo(DARK);
		assertThat(current()).isEqualTo("As on your device");
		assertThat(AccessibilityChecker.violations(browser)).isEmpty();

		Browser.emulateColourScheme(browser, "light");
		choose("Dark");
		assertThat(paper()).isEqualTo(DARK);
		assertThat(current()).isEqualTo("Dark");
		assertThat(AccessibilityChecker.violations(browser)).isEmpty();

		Browser.emulateColourScheme(browser, "dark");
		choose("Light");
		assertThat(paper()).isEqualTo(LIGHT);
		assertThat(current()).isEqualTo("Light");

		choose("As on your device");
		assertThat(paper()).isEqualTo(DARK);
		assertThat(browser.manage().getCookieNamed("scheme")).isNull();
	}

	/** Presses Enter on a link of the switch with scripts off, and checks the visitor is back on the page. */
	private void choose(String choice) {
		WebElement page = browser.findElement(By.tagName("html"));
		WebElement link = browser.findElement(By.xpath("//p[@class='scheme-switch']/a[normalize-space()='" + choice + "']"));
		browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			link.sendKeys(Keys.ENTER);
			Browser.waitForNextPage(browser, page);
		}
		finally {
			browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
		assertThat(browser.getCurrentUrl()).isEqualTo(base() + PAGE);
	}

	private String current() {
		return browser.findElement(By.cssSelector(".scheme-switch a[aria-current='true']")).getText().replace("✓", "").trim();
	}

	private String paper() {
		return (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor;");
	}

}
