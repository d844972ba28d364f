package io.trainerpath.assessment.web;

import java.util.function.Function;

import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizOption;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** What a keyboard user does in the quiz's pages: Space on a choice, Enter on a link or button. */
final class KeyboardQuiz {

	private KeyboardQuiz() {
	}

	/** Answers every question of a step with the chosen option, and sends the step. */
	static void answerStep(WebDriver driver, Quiz quiz, int step, Function<QuizQuestion, QuizOption> pick) {
		assertThat(text(driver, By.id("step-counter"))).isEqualTo("Step " + step + " of " + quiz.stepCount());
		for (QuizQuestion question : quiz.questionsOfStep(step)) {
			choose(driver, question, pick.apply(question));
		}
		press(driver, submitButton(driver));
	}

	/** Space on a radio button or checkbox selects it, as a keyboard user does after tabbing to it. */
	static void choose(WebDriver driver, QuizQuestion question, QuizOption option) {
		tick(driver, question.slug(), option.slug());
	}

	static void tick(WebDriver driver, String name, String value) {
		driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).sendKeys(Keys.SPACE);
	}

	static WebElement submitButton(WebDriver driver) {
		return driver.findElement(By.cssSelector("main form button[type='submit']"));
	}

	/** Enter on a link or button, then wait for the next page to replace this one. */
	static void press(WebDriver driver, WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
		element.sendKeys(Keys.ENTER);
		Browser.waitForNextPage(driver, page);
	}

	static String text(WebDriver driver, By by) {
		return driver.findElement(by).getText();
	}

}
