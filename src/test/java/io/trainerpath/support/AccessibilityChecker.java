package io.trainerpath.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, Deque's accessibility engine, run on the page the browser shows. The engine is the one
 * bundled in Deque's Selenium artifact; it is run directly and asked for violations only, which takes
 * a third of the time AxeBuilder needs to fetch and map every passing check too.
 */
public final class AccessibilityChecker {

	public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	private static final String AXE_SOURCE = axeSource();

	private static final String RUN = """
			const tags = arguments[0];
			const done = arguments[arguments.length - 1];
			axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
			  .then(results => done(results.violations.map(rule => rule.id + ': ' + rule.help + ' ['
			    + rule.nodes.map(node => node.target.join(' ') + ' ' + node.html).join('; ') + ']')))
			  .catch(error => done(['axe failed: ' + error]));
			""";

	private AccessibilityChecker() {
	}

	/** Each violation as "rule: help [targets]"; empty when the page passes. */
	@SuppressWarnings("unchecked")
	public static List<String> violations(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		// scripts run by WebDriver are not subject to the page's Content-Security-Policy
		if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
			js.executeScript(AXE_SOURCE);
		}
		return (List<String>) js.executeAsyncScript(RUN, TAGS);
	}

	private static String axeSource() {
		try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is missing from Deque's axe-core Selenium artifact");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
