package io.trainerpath.system;

import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.support.AccessibilityChecker;
import io.trainerpath.support.Browser;
import io.trainerpath.support.BrowserTest;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import io.trainerpath.support.LayoutChecker;
import io.trainerpath.support.Screenshots;
import io.trainerpath.support.Sitemap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the sitemap, plus a quiz step, a quiz result, a plan with its history chart and a
 * salary result, on a small phone, a common phone and a desktop, in the light and the dark colour
 * scheme: axe finds nothing, no element
 * sticks out of the viewport and no text is cut off ({@link LayoutChecker}). The device is made to
 * prefer the other scheme, so the visitor's choice must win. The HTML is checked once per page and
 * scheme with the Nu Html Checker, since widths do not change it. What EveryPageQualityTests already
 * does (the light sitemap pages' HTML, and axe on them at 1280 px) is not done twice.
 */
class EveryPageLayoutTests extends BrowserTest {

	static final List<Integer> WIDTHS = List.of(320, 390, Screenshots.DESKTOP_WIDTH);

	static final List<String> SCHEMES = List.of("light", "dark");

	/** The page's background in each scheme: proof that the right palette applies, not just the right HTML. */
	static final Map<String, String> PAPER = Map.of("light", "rgb(255, 255, 255)", "dark", "rgb(20, 25, 31)");

	static final String SALARY_RESULT = "/salary/estimate?band=domain-trainer&domain=medical-imaging"
			+ "&experience=experience-seasoned&location=location-tech-hub&employment=employment-freelance"
			+ "&company=company-large-tech&complexity=complexity-expert&hours=25";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Assessments assessments;

	@AfterEach
	void deviceDecidesAgain() {
		Browser.emulateColourScheme(browser, null);
	}

	@Test
	void everyPageKeepsItsContentAtEveryWidthInBothSchemes() throws Exception {
		Http http = new Http(port);
		List<String> sitemap = Sitemap.paths(http);
		List<String> pages = new ArrayList<>(sitemap);
		pages.add(quizStep());
		JsonNode attempt = quizAttempt(http);
		pages.add("/assessment/" + attempt.get("token").asString() + "/results");
		pages.add(planWithThreeAttempts(attempt));
		pages.add(SALARY_RESULT);
		List<String> problems = new ArrayList<>();
		List<Future<List<String>>> htmlProblems = new ArrayList<>();
		ExecutorService nu = Executors.newSingleThreadExecutor();
		try {
			for (String scheme : SCHEMES) {
				choose(scheme);
				for (String page : pages) {
					HttpResponse<String> raw = http.send(http.request(page)
						.header("Accept", "text/html")
						.header("Cookie", "scheme=" + scheme)
						.GET()
						.build());
					if (!raw.body().contains("<meta name=\"color-scheme\" content=\"" + scheme + "\">")) {
						problems.add(page + " [" + scheme + "] answered with a page drawn for another scheme");
					}
					// EveryPageQualityTests already checks the light sitemap pages' HTML, and axe on them at 1280 px
					boolean alreadyChecked = scheme.equals("light") && sitemap.contains(page);
					if (!alreadyChecked) {
						htmlProblems.add(nu.submit(() -> HtmlChecker.errors(raw.body())
							.stream()
							.map(error -> page + " [" + scheme + "] [html] " + error)
							.toList()));
					}
					problems.addAll(checkAtEveryWidth(http.base() + page, page, scheme, alreadyChecked));
				}
			}
			for (Future<List<String>> html : htmlProblems) {
				problems.addAll(html.get());
			}
		}
		finally {
			nu.shutdownNow();
		}

		assertThat(pages).hasSizeGreaterThan(25).contains("/", "/guide", "/salary", "/assessment");
		assertThat(http.get(pages.get(pages.size() - 2)).body()).contains("<polyline", "Attempt 3, ");
		assertThat(problems).as("problems on %d pages", pages.size()).isEmpty();
	}

	@Test
	void theCheckerSeesATableThatSticksOutAndTextThatIsCutOff() {
		browser.get(base() + "/");
		Screenshots.resize(browser, 390);
		browser.executeScript("""
				const table = document.querySelector('main table');
				table.classList.remove('stack');
				table.querySelectorAll('td').forEach(td => td.style.whiteSpace = 'nowrap');
				table.querySelector('caption').style.whiteSpace = 'nowrap';
				const lead = document.querySelector('.lead');
				lead.style.overflow = 'hidden';
				lead.style.height = '1em';
				""");

		List<String> problems = LayoutChecker.problems(browser);

		assertThat(problems).anyMatch(problem -> problem.startsWith("[too wide] table.bands"))
			.anyMatch(problem -> problem.startsWith("[clipped]") && problem.endsWith("by p.lead"));
	}

	@Test
	void theCheckerSeesATableThatScrollsWithoutSayingSo() {
		browser.get(base() + "/");
		Screenshots.resize(browser, 320);
		browser.executeScript("""
				const region = document.querySelector('main .table-scroll');
				region.setAttribute('tabindex', '0');
				region.setAttribute('aria-label', 'Pay bands');
				const table = region.querySelector('table');
				table.classList.remove('stack');
				table.querySelectorAll('td, th, caption').forEach(cell => cell.style.whiteSpace = 'nowrap');
				""");

		List<String> unannounced = LayoutChecker.problems(browser);
		browser.executeScript("""
				const hint = document.createElement('p');
				hint.className = 'scroll-hint';
				hint.textContent = 'Scroll sideways';
				document.querySelector('main .table-scroll').before(hint);
				""");
		List<String> announced = LayoutChecker.problems(browser);

		assertThat(unannounced).singleElement().asString().startsWith("[scrolls unannounced] div.table-scroll");
		assertThat(announced).isEmpty();
	}

	private List<String> checkAtEveryWidth(String url, String page, String scheme, boolean desktopAxeDone) {
		List<String> problems = new ArrayList<>();
		browser.get(url);
		String paper = (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor;");
		if (!PAPER.get(scheme).equals(paper)) {
			problems.add(page + " [" + scheme + "] has the background " + paper);
		}
		for (int width : WIDTHS) {
			Screenshots.resize(browser, width);
			String where = page + " [" + scheme + ", " + width + " px] ";
			if (!(desktopAxeDone && width == Screenshots.DESKTOP_WIDTH)) {
				AccessibilityChecker.violations(browser).forEach(violation -> problems.add(where + "[axe] " + violation));
			}
			LayoutChecker.problems(browser).forEach(problem -> problems.add(where + problem));
		}
		return problems;
	}

	/** The visitor's choice in a cookie, while the device prefers the other scheme. */
	private void choose(String scheme) {
		browser.get(base() + "/robots.txt");
		browser.manage().addCookie(new Cookie("scheme", scheme));
		Browser.emulateColourScheme(browser, scheme.equals("dark") ? "light" : "dark");
	}

	/** The first step of a quiz started as a visitor would, with the button on the quiz's start page. */
	private String quizStep() {
		browser.get(base() + "/assessment");
		WebElement page = browser.findElement(By.tagName("html"));
		browser.findElement(By.cssSelector("main form button")).click();
		Browser.waitForNextPage(browser, page);
		return URI.create(browser.getCurrentUrl()).getRawPath();
	}

	/** A quiz sent whole through the API, every question given its last option. */
	private static JsonNode quizAttempt(Http http) {
		JsonNode quiz = JSON.readTree(http.get("/api/v1/assessment/questions", "application/json").body());
		Map<String, String> answers = new LinkedHashMap<>();
		for (JsonNode question : quiz.get("questions")) {
			JsonNode options = question.get("options");
			answers.put(question.get("slug").asString(), options.get(options.size() - 1).get("slug").asString());
		}
		Map<String, Object> submission = Map.of("domain", "law", "yearsOfExperience", 6, "hoursPerWeek", 20,
				"employment", "employment-freelance", "workTypes", List.of("model-feedback"), "answers", answers);
		HttpResponse<String> created = http.send(http.request("/api/v1/assessments")
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(BodyPublishers.ofString(JSON.writeValueAsString(submission)))
			.build());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body());
	}

	/**
	 * The attempt's plan after two retakes answered through Assessments, so the plan page draws its
	 * score history chart and a table of three attempts, which on a phone may need to scroll.
	 */
	private String planWithThreeAttempts(JsonNode attempt) {
		String latest = attempt.get("token").asString();
		Quiz quiz = assessments.quiz();
		for (int retake = 0; retake < 2; retake++) {
			latest = assessments.retake(latest).orElseThrow().getToken();
			for (int step = Quiz.PROFILE_STEP + 1; step <= quiz.stepCount(); step++) {
				int option = retake;
				Map<String, String> chosen = new LinkedHashMap<>();
				quiz.questionsOfStep(step).forEach(question -> chosen.put(question.slug(), question.options().get(option).slug()));
				assertThat(assessments.saveStep(latest, step, chosen)).isEmpty();
			}
			assessments.complete(latest).orElseThrow();
		}
		return URI.create(attempt.get("links").get("planPage").asString()).getRawPath();
	}

}
