package io.trainerpath.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker itself: it must find what is wrong, or every page "passing" would prove nothing. */
@Tag("browser")
class AccessibilityCheckerTests {

	static ChromeDriver browser;

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
	void reportsAnImageWithoutTextAndAFieldWithoutLabel() {
		open("<!DOCTYPE html><html><head><title>t</title></head><body><main><h1>t</h1>"
				+ "<img src='a.png'><input type='text'></main></body></html>");

		assertThat(AccessibilityChecker.violations(browser)).anyMatch(v -> v.startsWith("image-alt:"))
			.anyMatch(v -> v.startsWith("label:"));
	}

	@Test
	void reportsNothingForASoundPage() {
		open("<!DOCTYPE html><html lang='en'><head><title>Sound</title></head><body><main><h1>Sound</h1>"
				+ "<label for='n'>Name</label><input id='n' type='text'></main></body></html>");

		assertThat(AccessibilityChecker.violations(browser)).isEmpty();
	}

	private static void open(String html) {
		browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
	}

}
