package io.trainerpath.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots of the page the browser shows, at a phone's and a desktop's width, written under
 * target/screenshots/. Taking them also checks that the page never scrolls sideways on a phone.
 */
public final class Screenshots {

	public static final Path DIRECTORY = Path.of("target", "screenshots");

	public static final int PHONE_WIDTH = 390;

	public static final int DESKTOP_WIDTH = 1280;

	private Screenshots() {
	}

	/** Saves name-phone.png and name-desktop.png, and fails if the phone view is wider than the screen. */
	public static void capture(ChromeDriver driver, String name) {
		Dimension original = driver.manage().window().getSize();
		try {
			resize(driver, PHONE_WIDTH);
			assertThat(horizontalOverflow(driver)).as("%s scrolls sideways at %d px", name, PHONE_WIDTH).isZero();
			save(driver, name + "-phone");
			resize(driver, DESKTOP_WIDTH);
			save(driver, name + "-desktop");
		}
		finally {
			driver.manage().window().setSize(original);
		}
	}

	/** How many CSS pixels the page is wider than the viewport; 0 when nothing scrolls sideways. */
	public static long horizontalOverflow(ChromeDriver driver) {
		Object overflow = ((JavascriptExecutor) driver).executeScript(
				"return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
						+ " - document.documentElement.clientWidth;");
		return ((Number) overflow).longValue();
	}

	/** How far the current page scrolls sideways at phone width; the window is set back afterwards. */
	public static long phoneOverflow(ChromeDriver driver) {
		Dimension original = driver.manage().window().getSize();
		try {
			resize(driver, PHONE_WIDTH);
			return horizontalOverflow(driver);
		}
		finally {
			driver.manage().window().setSize(original);
		}
	}

	/** Makes the viewport, not the window around it, exactly this many CSS pixels wide (900 high). */
	public static void resize(ChromeDriver driver, int width) {
		driver.manage().window().setSize(new Dimension(width, 900));
		// the viewport is narrower than the window by the browser's frame; size the viewport exactly
		Object inner = ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
		int frame = width - ((Number) inner).intValue();
		if (frame != 0) {
			driver.manage().window().setSize(new Dimension(width + frame, 900));
		}
	}

	private static void save(ChromeDriver driver, String name) {
		try {
			Files.createDirectories(DIRECTORY);
			byte[] png = driver.getScreenshotAs(OutputType.BYTES);
			Files.write(DIRECTORY.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
