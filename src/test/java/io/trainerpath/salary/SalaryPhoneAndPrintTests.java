package io.trainerpath.salary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trainerpath.support.BrowserTest;
import io.trainerpath.support.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimator on a 390 px phone and on paper: every page, with every kind of result, fits the screen
 * (tables stack instead of scrolling sideways), the chart's labels stay readable, every tap target is at
 * least 24 × 24 px, and a printed estimate fits two A4 pages with the site, the date and its address.
 */
class SalaryPhoneAndPrintTests extends BrowserTest {

	/** Any element sticking out of the viewport, and any scroll box that scrolls sideways. */
	static final String TOO_WIDE = """
			const width = document.documentElement.clientWidth;
			const found = [];
			for (const el of document.querySelectorAll('body *')) {
			  const r = el.getBoundingClientRect();
			  if (r.width === 0 || r.height === 0) continue;
			  if (r.right > width + 0.5 || r.left < -0.5) {
			    found.push(el.tagName.toLowerCase() + '.' + el.getAttribute('class') + ' spans ' + Math.round(r.left)
			      + '..' + Math.round(r.right) + ' of ' + width);
			  }
			  if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible'
			      && getComputedStyle(el).overflowX !== 'hidden' && el.clientWidth > 0) {
			    found.push(el.tagName.toLowerCase() + '.' + el.getAttribute('class') + ' scrolls sideways');
			  }
			}
			return found;
			""";

	/** Each chart label's size on screen, in CSS pixels. */
	static final String CHART_LABEL_SIZES = """
			return [...document.querySelectorAll('.salary-chart svg text')]
			  .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
			""";

	/** Chart labels that stick out of the chart, where the SVG would cut them off. */
	static final String LABELS_OUTSIDE_CHART = """
			const chart = document.querySelector('.salary-chart svg').getBoundingClientRect();
			return [...document.querySelectorAll('.salary-chart svg text')]
			  .filter(t => { const r = t.getBoundingClientRect();
			    return r.left < chart.left - 0.5 || r.right > chart.right + 0.5; })
			  .map(t => t.textContent.trim());
			""";

	/**
	 * Links, buttons, fields and summaries smaller than 24 × 24 px; a link inside a sentence is exempt,
	 * as WCAG 2.2's target size allows, and so is anything not shown.
	 */
	static final String SMALL_TARGETS = """
			const found = [];
			for (const el of document.querySelectorAll(
			    'main a, main button, main input:not([type=hidden]), main select, main summary')) {
			  const r = el.getBoundingClientRect();
			  if (r.width === 0 && r.height === 0) continue;
			  if (el.tagName === 'A' && getComputedStyle(el).display === 'inline'
			      && el.parentElement.textContent.trim().length > el.textContent.trim().length) continue;
			  if (r.width < 24 || r.height < 24) {
			    found.push(el.tagName.toLowerCase() + ' "' + el.textContent.trim().slice(0, 40) + '" '
			      + Math.round(r.width) + '×' + Math.round(r.height));
			  }
			}
			return found;
			""";

	@AfterEach
	void desktopAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	static Map<String, String> pages() {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("form", "/salary");
		pages.put("form from the quiz", "/salary?band=domain-trainer&domain=medicine&hours=25"
				+ "&employment=employment-employee&experience=experience-new&annotation=none&from=quiz&unpaid=10");
		pages.put("form with errors", "/salary/estimate?band=&domain=&hours=abc&fee=200");
		SalaryVariants.RESULTS.forEach((name, query) -> pages.put(name, "/salary/estimate?" + query));
		pages.put("method", "/salary/method");
		return pages;
	}

	@Test
	void everyPageFitsAPhoneWithStackedTablesAndLargeEnoughTapTargets() {
		phone();
		List<String> problems = new ArrayList<>();

		pages().forEach((name, path) -> {
			browser.get(base() + path);
			problems.addAll(strings(browser.executeScript(TOO_WIDE)).stream().map(p -> name + ": " + p).toList());
			problems.addAll(strings(browser.executeScript(SMALL_TARGETS)).stream().map(p -> name + ": " + p).toList());
		});

		assertThat(problems).isEmpty();
	}

	@Test
	void chartLabelsAreAtLeastTwelvePixelsOnAPhoneAndStayInsideTheChart() {
		phone();
		List<String> problems = new ArrayList<>();

		SalaryVariants.RESULTS.forEach((name, query) -> {
			browser.get(base() + "/salary/estimate?" + query);
			List<Number> sizes = numbers(browser.executeScript(CHART_LABEL_SIZES));
			assertThat(sizes).as(name).hasSizeGreaterThan(6);
			sizes.stream()
				.filter(size -> size.doubleValue() < 12)
				.forEach(size -> problems.add(name + ": a label of " + size + " px"));
			strings(browser.executeScript(LABELS_OUTSIDE_CHART))
				.forEach(label -> problems.add(name + ": \"" + label + "\" sticks out of the chart"));
		});

		assertThat(problems).isEmpty();
	}

	@Test
	void aPrintedEstimateFitsTwoA4PagesAndSaysWhereItCameFrom() {
		List<String> problems = new ArrayList<>();

		SalaryVariants.RESULTS.forEach((name, query) -> {
			browser.get(base() + "/salary/estimate?" + query);
			PrintOptions a4 = new PrintOptions();
			a4.setPageSize(new PageSize(29.7, 21.0));
			String pdf = new String(Base64.getDecoder().decode(browser.print(a4).getContent()),
					StandardCharsets.ISO_8859_1);
			int pages = pdf.split("/Type\\s*/Page[^s]", -1).length - 1;
			if (pages < 1 || pages > 2) {
				problems.add(name + " prints on " + pages + " pages");
			}
		});
		String query = SalaryVariants.RESULTS.get("everything");
		browser.get(base() + "/salary/estimate?" + query);
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		String printed = browser.findElement(By.cssSelector(".salary-print-only")).getText();
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

		assertThat(problems).isEmpty();
		// the address of the estimate, its parameters in the form's order
		assertThat(printed).contains("TrainerPath", "figures as of 6 December 2026", base() + "/salary/estimate?")
			.contains(query.split("&"));
		assertThat(browser.findElement(By.cssSelector(".salary-print-only")).isDisplayed()).as("hidden on screen")
			.isFalse();
	}

	private static void phone() {
		viewport(browser, Screenshots.PHONE_WIDTH);
	}

	/** A viewport of exactly this width: the window is wider by the browser's frame. */
	static void viewport(ChromeDriver driver, int width) {
		driver.manage().window().setSize(new Dimension(width, 900));
		int inner = ((Number) driver.executeScript("return window.innerWidth;")).intValue();
		driver.manage().window().setSize(new Dimension(2 * width - inner, 900));
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object result) {
		return (List<String>) result;
	}

	@SuppressWarnings("unchecked")
	private static List<Number> numbers(Object result) {
		return (List<Number>) result;
	}

}
