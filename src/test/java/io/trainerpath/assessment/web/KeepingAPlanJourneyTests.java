package io.trainerpath.assessment.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.support.AccessibilityChecker;
import io.trainerpath.support.Browser;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import io.trainerpath.support.Screenshots;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.trainerpath.assessment.web.KeyboardQuiz.press;
import static io.trainerpath.assessment.web.KeyboardQuiz.submitButton;
import static io.trainerpath.assessment.web.KeyboardQuiz.text;
import static io.trainerpath.assessment.web.KeyboardQuiz.tick;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person keeps a plan on a phone, by keyboard alone: takes the quiz, opens the plan, ticks two steps
 * and writes a note, retakes the quiz and finds the history and the ticks kept, prints the plan (at
 * most two A4 pages), deletes everything and finds the old link saying so. axe and the Nu checker on
 * every page and state on the way.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeepingAPlanJourneyTests {

	/** A4 portrait, in centimetres, as Chromium's print settings take it. */
	static final PageSize A4 = new PageSize(29.7, 21.0);

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	@Test
	void keepsAPlanOnAPhoneFromFirstAttemptToDeletion() {
		Quiz quiz = assessments.quiz();
		String home = "http://localhost:" + port;
		ChromeDriver browser = Browser.start(Screenshots.PHONE_WIDTH, 900);
		try {
			browser.get(home + "/assessment");
			press(browser, browser.findElement(By.xpath("//button[normalize-space()='Start the quiz']")));
			String planLink = browser.findElement(By.id("plan-address")).getAttribute("value");
			assertThat(planLink).matches(Pattern.quote(home) + "/plan/[A-Za-z0-9_-]{22}");
			checked(browser);
			browser.findElement(By.id("domain")).sendKeys("Law");
			browser.findElement(By.id("years")).sendKeys("12");
			browser.findElement(By.id("hours")).sendKeys("10");
			tick(browser, "employment", "employment-freelance");
			tick(browser, "annotation", "none");
			press(browser, submitButton(browser));
			for (int step = 2; step <= quiz.stepCount(); step++) {
				assertThat(browser.findElement(By.id("plan-address")).getAttribute("value")).isEqualTo(planLink);
				KeyboardQuiz.answerStep(browser, quiz, step, QuizAnswers.WORST);
			}
			press(browser, submitButton(browser));
			assertThat(text(browser, By.tagName("h1"))).isEqualTo("Your readiness results");

			press(browser, browser.findElement(By.linkText("Open your plan")));
			assertThat(browser.getCurrentUrl()).isEqualTo(planLink);
			assertThat(text(browser, By.tagName("h1"))).isEqualTo("Your plan");
			assertThat(browser.findElements(By.xpath("//button[normalize-space()='Copy link']"))).as("the script's Copy button")
				.hasSize(1);
			checked(browser);
			List<String> steps = browser.findElements(By.cssSelector(".task")).stream()
				.map(task -> task.getAttribute("id").substring("step-".length()))
				.toList();
			assertThat(steps).hasSizeGreaterThanOrEqualTo(4);

			saveStep(browser, steps.get(0), "DONE", "");
			assertThat(text(browser, By.cssSelector("[role=status]"))).startsWith("Saved: ");
			checked(browser);
			saveStep(browser, steps.get(1), "DONE", "Asked a colleague for a sample contract");
			assertThat(text(browser, By.cssSelector(".plan-progress"))).isEqualTo("2 of " + steps.size() + " steps done.");
			assertThat(Screenshots.horizontalOverflow(browser)).isZero();
			Screenshots.capture(browser, "plan-" + Screenshots.PHONE_WIDTH);

			press(browser, browser.findElement(By.xpath("//button[normalize-space()='Take the quiz again']")));
			press(browser, submitButton(browser));
			for (int step = 2; step <= quiz.stepCount(); step++) {
				KeyboardQuiz.answerStep(browser, quiz, step, QuizAnswers.BEST);
			}
			press(browser, submitButton(browser));
			press(browser, browser.findElement(By.linkText("Open your plan")));

			String plan = text(browser, By.tagName("main"));
			assertThat(plan).contains("Attempt 1, started", "Attempt 2, started", "What changed since your last attempt",
					"Asked a colleague for a sample contract");
			assertThat(browser.findElements(By.cssSelector(".score-chart polyline"))).hasSize(7);
			assertThat(browser.findElements(By.cssSelector(".score-table tbody tr"))).hasSize(7);
			assertThat(text(browser, By.cssSelector("#step-" + steps.get(1) + " .task-status"))).isEqualTo("Done");
			assertThat(Screenshots.horizontalOverflow(browser)).isZero();
			checked(browser);
			Screenshots.capture(browser, "plan-history-" + Screenshots.PHONE_WIDTH);

			PrintOptions a4 = new PrintOptions();
			a4.setPageSize(A4);
			String pdf = new String(Base64.getDecoder().decode(browser.print(a4).getContent()), StandardCharsets.ISO_8859_1);
			assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf).results().count()).as("printed pages")
				.isBetween(1L, 2L);

			press(browser, browser.findElement(By.linkText("Delete my data")));
			assertThat(text(browser, By.tagName("main"))).contains("all 2 of your quiz attempts");
			checked(browser);
			press(browser, browser.findElement(By.xpath("//button[normalize-space()='Yes, delete everything']")));
			assertThat(text(browser, By.tagName("h1"))).isEqualTo("Your data has been deleted");
			checked(browser);

			browser.get(planLink);
			assertThat(text(browser, By.tagName("h1"))).isEqualTo("This was deleted");
			assertThat(AccessibilityChecker.violations(browser)).isEmpty();
			assertThat(new Http(port).get(URI.create(planLink).getRawPath()).statusCode()).isEqualTo(410);
		}
		finally {
			browser.quit();
		}
	}

	/** Space on the status, the note typed in, Enter on the step's own Save button. */
	private static void saveStep(WebDriver driver, String step, String status, String note) {
		WebElement task = driver.findElement(By.id("step-" + step));
		task.findElement(By.cssSelector("input[name='status'][value='" + status + "']")).sendKeys(Keys.SPACE);
		if (!note.isEmpty()) {
			task.findElement(By.tagName("textarea")).sendKeys(note);
		}
		press(driver, task.findElement(By.cssSelector("button[type='submit']")));
		assertThat(text(driver, By.cssSelector("#step-" + step + " .task-status")))
			.isEqualTo(status.equals("DONE") ? "Done" : status.equals("IN_PROGRESS") ? "In progress" : "Not started");
	}

	/** axe on the page in the browser, the Nu checker on the same address as the server sends it. */
	private void checked(ChromeDriver driver) {
		assertThat(AccessibilityChecker.violations(driver)).as(driver.getCurrentUrl()).isEmpty();
		URI address = URI.create(driver.getCurrentUrl());
		String path = address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery());
		assertThat(HtmlChecker.errors(new Http(port).get(path).body())).as(path).isEmpty();
	}

}
