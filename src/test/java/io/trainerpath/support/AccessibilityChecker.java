package io.trainerpath.support;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/** axe-core, Deque's accessibility engine, run on the page the browser shows. */
public final class AccessibilityChecker {

	public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	private AccessibilityChecker() {
	}

	/** Each violation as "rule: help (targets)"; empty when the page passes. */
	public static List<String> violations(WebDriver driver) {
		// the portal embeds no frames; skipping the per-frame injection saves time on every page
		Results results = new AxeBuilder().withTags(TAGS).disableIframeTesting().analyze(driver);
		if (results.isErrored()) {
			return List.of("axe failed: " + results.getErrorMessage());
		}
		return results.getViolations().stream().map(AccessibilityChecker::describe).toList();
	}

	private static String describe(Rule rule) {
		String targets = rule.getNodes()
			.stream()
			.map(node -> String.valueOf(node.getTarget()) + " " + node.getHtml())
			.collect(Collectors.joining("; "));
		return rule.getId() + ": " + rule.getHelp() + " [" + targets + "]";
	}

}
