package io.trainerpath.system;

import java.util.List;
import java.util.regex.Pattern;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.ContentSource;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** The source guide, linked under its published title, in every footer, on the guide's start and on the pay pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourceCitationTests {

	static final String SALARY_RESULT = "/salary/estimate?band=entry-annotator&domain=law&experience=experience-some"
			+ "&location=location-other-city&employment=employment-employee&company=company-smaller"
			+ "&complexity=complexity-analytical&hours=40";

	static final Pattern CITATION = Pattern.compile("<p class=\"source-line\">");

	@LocalServerPort
	int port;

	@Autowired
	Catalog catalog;

	@Test
	void everyPageLinksTheSourceInItsFooterWithWhenItWasPublishedAndLastChecked() {
		ContentSource source = catalog.source();
		Http http = new Http(port);

		for (String page : List.of("/", "/faq", "/careers", "/platforms", "/no-such-page")) {
			String html = http.get(page).body();

			assertThat(html).as(page)
				.contains("<cite><a href=\"" + source.getUrl() + "\">" + htmlEscape(source.getTitle()) + "</a></cite>");
			assertThat(text(html)).as(page)
				.contains(", an article published on tooweeks.blogspot.com in January 2026 (its author is not named).")
				.contains("Our figures were last checked against it on 6 December 2026.");
		}
	}

	@Test
	void theGuidesStartAndThePayPagesShowTheSourceBesideTheirFigures() {
		Http http = new Http(port);

		for (String page : List.of("/guide", "/guide/what-it-pays", "/salary", "/salary/method", SALARY_RESULT)) {
			var response = http.get(page);

			assertThat(response.statusCode()).as(page).isEqualTo(200);
			// one in the page itself, one in the footer
			assertThat(CITATION.matcher(response.body()).results().count()).as(page).isEqualTo(2);
		}
	}

	private static String text(String html) {
		return html.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
	}

}
