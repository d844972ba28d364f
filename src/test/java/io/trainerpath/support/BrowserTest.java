package io.trainerpath.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole portal on a random port and one headless Chromium for the test class, started before its
 * first test and quit after its last. Test classes run one at a time, so they can share the field.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	protected static ChromeDriver browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start(1280, 900);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	/** The running portal's address, such as http://localhost:41234. */
	protected String base() {
		return "http://localhost:" + port;
	}

}
