package io.trainerpath.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system's packages, never downloaded at test time. Without it
 * the browser tests are skipped, unless -Dbrowser.required=true (as in CI) makes that a failure.
 */
public final class Browser {

	public static final File CHROMIUM = new File("/usr/bin/chromium");

	public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static final String INSTALL_HINT = "Browser tests skipped: Chromium is not installed. "
			+ "Install it with: sudo apt-get install chromium chromium-driver";

	private Browser() {
	}

	/** A fresh headless Chromium at the given window size; quit it when done. */
	public static ChromeDriver start(int width, int height) {
		requireChromium();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=" + width + "," + height,
				"--user-data-dir=" + freshProfile());
		// keep the browser console, so tests can fail on script errors and blocked requests
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * Answers the question as if the page had the window's focus. An element focused on load (an
	 * error summary with autofocus) matches :focus only once the page has focus, which headless
	 * Chromium does not always give it before the first key press.
	 */
	public static <T> T withPageFocus(ChromeDriver driver, Supplier<T> question) {
		driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
		try {
			return question.get();
		}
		finally {
			driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", false));
		}
	}

	/** Console errors since the last call (reading empties the log). */
	public static List<String> consoleErrors(ChromeDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * Every address the current page loaded (the page itself, styles, scripts, images, fonts, fetches)
	 * that is not on the page's own origin, read from the browser's Resource Timing entries.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> foreignRequests(ChromeDriver driver) {
		return (List<String>) driver.executeScript("""
				const origin = location.origin;
				return performance.getEntriesByType('navigation')
				  .concat(performance.getEntriesByType('resource'))
				  .map(e => e.name)
				  .filter(name => name !== origin && !name.startsWith(origin + '/') && !name.startsWith('data:'));
				""");
	}

	/**
	 * Waits until the page that held {@code oldHtml} (its {@code <html>} element, found before a click
	 * or key press) has been replaced by the next one. ChromeDriver sometimes reports a replaced node
	 * as an inspector error ("Node with given id does not belong to the document") rather than as a
	 * stale element; both mean the old page is gone.
	 */
	public static void waitForNextPage(WebDriver driver, WebElement oldHtml) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ignored -> {
			try {
				oldHtml.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				String message = String.valueOf(ex.getMessage());
				if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
					return true;
				}
				throw ex;
			}
		});
	}

	/**
	 * Makes pages believe the device prefers this colour scheme, "light" or "dark", until told otherwise;
	 * null lets the device decide again.
	 */
	public static void emulateColourScheme(ChromeDriver driver, String scheme) {
		List<Map<String, String>> features = scheme == null ? List.of()
				: List.of(Map.of("name", "prefers-color-scheme", "value", scheme));
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", features));
	}

	public static boolean installed() {
		return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
	}

	private static void requireChromium() {
		if (installed()) {
			return;
		}
		if (Boolean.getBoolean("browser.required")) {
			throw new IllegalStateException(INSTALL_HINT.replace("skipped", "required"));
		}
		System.out.println(INSTALL_HINT);
		Assumptions.abort(INSTALL_HINT);
	}

	private static String freshProfile() {
		try {
			File dir = Files.createTempDirectory("trainerpath-chromium").toFile();
			dir.deleteOnExit();
			return dir.getAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
