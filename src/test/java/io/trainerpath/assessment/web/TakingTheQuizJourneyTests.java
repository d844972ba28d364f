package io.trainerpath.assessment.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizOption;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.PayBand;
import io.trainerpath.catalog.PayFactorOption;
import io.trainerpath.support.AccessibilityChecker;
import io.trainerpath.support.Browser;
import io.trainerpath.support.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person takes the quiz in Chromium: starts, answers every step, goes back, leaves and resumes from
 * the link in a fresh browser, changes an answer, reads the results and deletes them. The pages no
 * link reaches are checked with axe-core here.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TakingTheQuizJourneyTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	@Autowired
	Catalog catalog;

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
	void takesTheQuizResumesInAFreshBrowserReadsTheResultsAndDeletesThem() {
		Quiz quiz = assessments.quiz();
		String home = "http://localhost:" + port;
		browser.get(home + "/");
		clickAndWait(browser, browser.findElement(By.cssSelector(".site-nav a[href='/assessment']")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("ready");
		clickAndWait(browser, browser.findElement(By.xpath("//button[normalize-space()='Start the quiz']")));

		assertThat(browser.findElement(By.id("step-counter")).getText()).isEqualTo("Step 1 of 7");
		submit(browser);
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("Choose your field");
		assertThat(AccessibilityChecker.violations(browser)).isEmpty();
		new Select(browser.findElement(By.id("domain"))).selectByValue("medicine");
		browser.findElement(By.id("years")).sendKeys("5");
		browser.findElement(By.id("hours")).sendKeys("25");
		browser.findElement(By.cssSelector("input[name='workTypes'][value='model-feedback']")).click();
		browser.findElement(By.cssSelector("input[name='employment'][value='employment-freelance']")).click();
		submit(browser);

		assertThat(browser.findElement(By.id("step-counter")).getText()).isEqualTo("Step 2 of 7");
		QuizQuestion first = quiz.questionsOfStep(2).get(0);
		choose(browser, first, best(first));
		submit(browser);
		assertThat(browser.findElements(By.cssSelector(".error-summary li"))).hasSize(quiz.questionsOfStep(2).size() - 1);
		assertThat(browser.findElement(By.cssSelector("input[value='" + best(first).slug() + "']")).isSelected()).isTrue();
		assertThat(AccessibilityChecker.violations(browser)).isEmpty();
		Screenshots.capture(browser, "assessment-step-with-errors");
		answerStep(browser, quiz, 2);
		assertThat(browser.findElement(By.id("step-counter")).getText()).isEqualTo("Step 3 of 7");
		clickAndWait(browser, browser.findElement(By.linkText("Back")));
		assertThat(browser.findElement(By.id("step-counter")).getText()).isEqualTo("Step 2 of 7");
		assertThat(browser.findElement(By.cssSelector("input[value='" + best(first).slug() + "']")).isSelected()).isTrue();
		submit(browser);
		answerStep(browser, quiz, 3);

		String token = QuizClient.tokenIn(browser.getCurrentUrl());
		ChromeDriver fresh = Browser.start(1280, 900);
		try {
			fresh.get(home + "/assessment/" + token);
			assertThat(fresh.findElement(By.id("step-counter")).getText()).isEqualTo("Step 4 of 7");
			for (int step = 4; step <= quiz.stepCount(); step++) {
				answerStep(fresh, quiz, step);
			}

			assertThat(fresh.findElement(By.tagName("h1")).getText()).isEqualTo("Check your answers");
			assertThat(AccessibilityChecker.violations(fresh)).isEmpty();
			QuizQuestion changed = quiz.questionsOfStep(4).get(1);
			clickAndWait(fresh, fresh.findElement(By.cssSelector("a[href='/assessment/" + token + "/step/4?change=true']")));
			QuizOption worst = changed.options().stream().filter(o -> o.score() == 0).findFirst().orElseThrow();
			choose(fresh, changed, worst);
			submit(fresh);
			assertThat(fresh.findElement(By.tagName("h1")).getText()).isEqualTo("Check your answers");
			assertThat(fresh.findElement(By.tagName("main")).getText()).contains(worst.label());
			submit(fresh);

			assertThat(fresh.findElement(By.tagName("h1")).getText()).isEqualTo("Your readiness results");
			assertThat(fresh.findElements(By.cssSelector(".skill-bars li"))).hasSize(6);
			assertThat(fresh.findElement(By.cssSelector(".quiz-score-number")).getText()).matches("\\d{1,3}");
			assertThat(AccessibilityChecker.violations(fresh)).isEmpty();
			Screenshots.capture(fresh, "assessment-results");

			URI salary = URI.create(fresh.findElement(By.linkText("Estimate your pay with these answers"))
				.getAttribute("href"));
			assertFollowsTheSalaryContract(salary);
			assertThat(fresh.findElements(By.cssSelector(".next-steps a"))).allSatisfy(link ->
					assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer"));

			// the estimator opens with the quiz's answers filled in, and estimates from them
			clickAndWait(fresh, fresh.findElement(By.linkText("Estimate your pay with these answers")));
			assertThat(fresh.findElement(By.cssSelector("input[name=band][value=domain-trainer]")).isSelected()).isTrue();
			assertThat(new Select(fresh.findElement(By.id("domain"))).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("medicine");
			assertThat(fresh.findElement(By.id("hours")).getAttribute("value")).isEqualTo("25");
			clickAndWait(fresh, fresh.findElement(By.cssSelector("main button[type=submit], main input[type=submit]")));
			assertThat(fresh.findElement(By.tagName("h1")).getText()).isEqualTo("Your pay estimate");
			assertThat(fresh.findElement(By.tagName("main")).getText()).contains("$");
			fresh.get(home + "/assessment/" + token + "/results");

			clickAndWait(fresh, fresh.findElement(By.linkText("Delete my answers")));
			assertThat(fresh.findElement(By.tagName("h1")).getText()).isEqualTo("Delete your answers?");
			assertThat(AccessibilityChecker.violations(fresh)).isEmpty();
			clickAndWait(fresh, fresh.findElement(By.xpath("//button[normalize-space()='Yes, delete my answers']")));
			assertThat(fresh.findElement(By.tagName("h1")).getText()).isEqualTo("Your answers have been deleted");
			assertThat(AccessibilityChecker.violations(fresh)).isEmpty();

			fresh.get(home + "/assessment/" + token + "/results");
			assertThat(fresh.findElement(By.tagName("h1")).getText()).isEqualTo("We could not find that page");
		}
		finally {
			fresh.quit();
		}
	}

	private void assertFollowsTheSalaryContract(URI salary) {
		assertThat(salary.getPath()).isEqualTo("/salary");
		Map<String, String> query = Arrays.stream(salary.getQuery().split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
		assertThat(query).containsOnlyKeys("band", "domain", "hours", "employment");
		assertThat(catalog.payBands()).extracting(PayBand::getSlug).contains(query.get("band"));
		// five years and top domain answers: a domain trainer, not yet the senior band that needs eight
		assertThat(query.get("band")).isEqualTo("domain-trainer");
		assertThat(query).containsEntry("domain", "medicine").containsEntry("hours", "25");
		assertThat(assessments.employmentOptions()).extracting(PayFactorOption::getSlug)
			.contains(query.get("employment"));
	}

	private static void answerStep(WebDriver driver, Quiz quiz, int step) {
		assertThat(driver.findElement(By.id("step-counter")).getText()).isEqualTo("Step " + step + " of 7");
		for (QuizQuestion question : quiz.questionsOfStep(step)) {
			choose(driver, question, step == 3 ? worstButOne(question) : best(question));
		}
		submit(driver);
	}

	private static void choose(WebDriver driver, QuizQuestion question, QuizOption option) {
		driver.findElement(By.cssSelector("input[name='" + question.slug() + "'][value='" + option.slug() + "']"))
			.click();
	}

	/** Submits the page's main form and waits for the next page to replace it. */
	private static void submit(WebDriver driver) {
		clickAndWait(driver, driver.findElement(By.cssSelector("main form button[type='submit']")));
	}

	private static void clickAndWait(WebDriver driver, WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
		element.click();
		Browser.waitForNextPage(driver, page);
	}

	private static QuizOption best(QuizQuestion question) {
		return question.options().stream().filter(o -> o.score() == 100).findFirst().orElseThrow();
	}

	private static QuizOption worstButOne(QuizQuestion question) {
		return question.options()
			.stream()
			.filter(o -> o.score() > 0 && o.score() < 100)
			.findFirst()
			.orElse(best(question));
	}

}
