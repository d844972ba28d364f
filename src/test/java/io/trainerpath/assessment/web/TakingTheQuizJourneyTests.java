package io.trainerpath.assessment.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizOption;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.support.AccessibilityChecker;
import io.trainerpath.support.Browser;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import io.trainerpath.support.Screenshots;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.trainerpath.assessment.web.KeyboardQuiz.choose;
import static io.trainerpath.assessment.web.KeyboardQuiz.press;
import static io.trainerpath.assessment.web.KeyboardQuiz.submitButton;
import static io.trainerpath.assessment.web.KeyboardQuiz.text;
import static io.trainerpath.assessment.web.KeyboardQuiz.tick;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person takes the whole quiz in Chromium with the keyboard alone, on a phone and on a desktop:
 * about themselves, the practice task, every skill, back and forward, a fresh browser resuming from
 * the link, a changed answer, the results with their placement and plan, how the result is worked
 * out, and deleting it all. axe checks every page and error state on the way; the Nu Html Checker
 * every page a link reaches, as the server sends it (the error states' HTML is checked over HTTP in
 * {@link AssessmentBadInputTests} and {@link AssessmentFlowTests}).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TakingTheQuizJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { Screenshots.PHONE_WIDTH, Screenshots.DESKTOP_WIDTH })
	void takesTheWholeQuizByKeyboardAndReadsAPlanItCanTrust(int width) {
		Quiz quiz = assessments.quiz();
		String home = "http://localhost:" + port;
		String of = " of " + quiz.stepCount();
		ChromeDriver browser = Browser.start(width, 900);
		String token;
		try {
			browser.get(home + "/assessment");
			checked(browser);
			press(browser, browser.findElement(By.xpath("//button[normalize-space()='Start the quiz']")));

			assertThat(text(browser, By.id("step-counter"))).isEqualTo("Step 1" + of);
			checked(browser);
			press(browser, submitButton(browser));
			assertThat(text(browser, By.cssSelector(".error-summary")))
				.contains("Choose a field of expertise", "Choose how much annotation");
			assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("error-summary");
			assertThat(AccessibilityChecker.violations(browser)).isEmpty();
			browser.findElement(By.id("domain")).sendKeys("Medicine");
			browser.findElement(By.id("years")).sendKeys("5");
			browser.findElement(By.id("hours")).sendKeys("25");
			tick(browser, "workTypes", "model-feedback");
			tick(browser, "employment", "employment-freelance");
			tick(browser, "annotation", "none");
			tick(browser, "professionalLanguages", "english");
			tick(browser, "preparation", "ai-course");
			press(browser, submitButton(browser));

			assertThat(text(browser, By.id("step-counter"))).isEqualTo("Step 2" + of);
			assertThat(text(browser, By.tagName("main"))).contains("A short practice task", "Billing", "Safety");
			checked(browser);
			QuizQuestion firstItem = quiz.questionsOfStep(2).get(0);
			choose(browser, firstItem, firstItem.best());
			press(browser, submitButton(browser));
			assertThat(browser.findElements(By.cssSelector(".error-summary li")))
				.hasSize(quiz.questionsOfStep(2).size() - 1);
			assertThat(browser.findElement(By.cssSelector("input[value='" + firstItem.best().slug() + "']")).isSelected())
				.isTrue();
			assertThat(AccessibilityChecker.violations(browser)).isEmpty();
			Screenshots.capture(browser, "assessment-practice-with-errors-" + width);
			answerStep(browser, quiz, 2, of);
			answerStep(browser, quiz, 3, of);
			press(browser, browser.findElement(By.linkText("Back")));
			assertThat(text(browser, By.id("step-counter"))).isEqualTo("Step 3" + of);
			press(browser, submitButton(browser));
			token = QuizClient.tokenIn(browser.getCurrentUrl());
		}
		finally {
			browser.quit();
		}

		ChromeDriver fresh = Browser.start(width, 900);
		try {
			fresh.get(home + "/assessment/" + token);
			assertThat(text(fresh, By.id("step-counter"))).isEqualTo("Step 4" + of);
			for (int step = 4; step <= quiz.stepCount(); step++) {
				answerStep(fresh, quiz, step, of);
			}

			assertThat(text(fresh, By.tagName("h1"))).isEqualTo("Check your answers");
			checked(fresh);
			QuizQuestion changed = quiz.questionsOfStep(5).get(1);
			press(fresh, fresh.findElement(By.cssSelector("a[href='/assessment/" + token + "/step/5?change=true']")));
			QuizOption worst = changed.options().stream().filter(o -> o.score() == 0).findFirst().orElseThrow();
			choose(fresh, changed, worst);
			press(fresh, submitButton(fresh));
			assertThat(text(fresh, By.tagName("main"))).contains(worst.label(), "None yet", "English");
			press(fresh, submitButton(fresh));

			assertThat(text(fresh, By.tagName("h1"))).isEqualTo("Your readiness results");
			String results = text(fresh, By.tagName("main"));
			assertThat(results).contains("Start now as: AI data trainer (with domain expertise).",
					"The next rung: Senior data trainer", "In the next two weeks", "Over the next month or two",
					"The practice task", "You labelled 8 of 8 messages");
			assertThat(results).doesNotContain("Take a free introductory AI course");
			assertThat(fresh.findElements(By.cssSelector(".skill-bars li"))).hasSize(6);
			assertThat(Screenshots.horizontalOverflow(fresh)).isZero();
			checked(fresh);
			Screenshots.capture(fresh, "assessment-results-" + width);

			WebElement salary = fresh.findElement(By.linkText("Estimate your pay with these answers"));
			assertHandsOverWhatThePersonSaid(URI.create(salary.getAttribute("href")));
			assertThat(fresh.findElements(By.cssSelector(".quiz-plan a[href^='http']")))
				.allSatisfy(link -> assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer"));

			press(fresh, fresh.findElement(By.linkText("How your result is worked out")));
			assertThat(text(fresh, By.tagName("h1"))).isEqualTo("How your result is worked out");
			assertThat(text(fresh, By.tagName("main"))).contains("paid annotation", "practice task");
			checked(fresh);

			fresh.get(home + "/assessment/" + token + "/results");
			press(fresh, fresh.findElement(By.linkText("Delete this attempt")));
			assertThat(text(fresh, By.tagName("h1"))).isEqualTo("Delete this attempt?");
			assertThat(text(fresh, By.tagName("main"))).contains("only attempt in your plan");
			checked(fresh);
			press(fresh, fresh.findElement(By.xpath("//button[normalize-space()='Yes, delete everything']")));
			assertThat(text(fresh, By.tagName("h1"))).isEqualTo("Your data has been deleted");
			checked(fresh);
		}
		finally {
			fresh.quit();
		}
	}

	/** The estimator gets the recommended level and what the person said, and nothing they did not. */
	private static void assertHandsOverWhatThePersonSaid(URI salary) {
		assertThat(salary.getPath()).isEqualTo("/salary");
		Map<String, String> query = Arrays.stream(salary.getQuery().split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
		assertThat(query).containsOnlyKeys("band", "domain", "hours", "employment", "experience", "annotation", "from");
		assertThat(query).containsEntry("band", "domain-trainer")
			.containsEntry("domain", "medicine")
			.containsEntry("hours", "25")
			.containsEntry("employment", "employment-freelance")
			.containsEntry("experience", "experience-new")
			.containsEntry("annotation", "none")
			.containsEntry("from", "quiz");
	}

	/** axe on the page in the browser, the Nu checker on the same address as the server sends it. */
	private void checked(ChromeDriver driver) {
		assertThat(AccessibilityChecker.violations(driver)).as(driver.getCurrentUrl()).isEmpty();
		String path = URI.create(driver.getCurrentUrl()).getRawPath();
		assertThat(HtmlChecker.errors(new Http(port).get(path).body())).as(path).isEmpty();
	}

	/** Step 4 gets a middling answer, so the results have a gap to show; the others the best. */
	private static void answerStep(WebDriver driver, Quiz quiz, int step, String of) {
		KeyboardQuiz.answerStep(driver, quiz, step, question -> step == 4 ? worstButOne(question) : question.best());
	}

	private static QuizOption worstButOne(QuizQuestion question) {
		return question.options()
			.stream()
			.filter(o -> o.score() > 0 && o.score() < 100)
			.findFirst()
			.orElse(question.best());
	}

}
