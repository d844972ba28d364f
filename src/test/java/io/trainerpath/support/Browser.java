package io.trainerpath.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
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
