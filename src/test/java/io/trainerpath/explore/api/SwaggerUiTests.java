package io.trainerpath.explore.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.trainerpath.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Swagger UI runs under the site's strict Content-Security-Policy, with no violations. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start(1280, 900);
		// Injected through DevTools before any page script, so it sees violations from the very start.
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
				"window.__csp = []; document.addEventListener('securitypolicyviolation', "
						+ "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void rendersEveryOperationWithoutContentSecurityPolicyViolations() {
		browser.get("http://localhost:" + port + "/swagger-ui.html");

		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(driver -> !driver.findElements(By.cssSelector(".opblock-get")).isEmpty());
		browser.findElement(By.cssSelector(".opblock-get .opblock-summary")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> !driver.findElements(By.cssSelector(".opblock.is-open")).isEmpty());

		assertThat(browser.findElements(By.cssSelector(".opblock-get"))).hasSizeGreaterThanOrEqualTo(17);
		assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("TrainerPath API");
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) browser.executeScript("return window.__csp;");
		assertThat(violations).isEmpty();
	}

}
