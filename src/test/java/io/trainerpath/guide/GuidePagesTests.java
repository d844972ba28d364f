package io.trainerpath.guide;

import java.net.http.HttpResponse;
import java.util.List;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuidePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Guide guide;

	@Autowired
	Catalog catalog;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void everySectionAnswersWithItsTitleAndItsSubsections() {
		assertThat(guide.contents()).extracting(Section::number)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");

		for (Section section : guide.contents()) {
			HttpResponse<String> response = http.get("/guide/" + section.slug());

			assertThat(response.statusCode()).as(section.slug()).isEqualTo(200);
			assertThat(response.body()).contains("<title>" + htmlEscape(section.label()))
				.contains(htmlEscape(section.title()));
			section.subsections()
				.forEach(sub -> assertThat(response.body()).contains("id=\"" + sub.slug() + "\"")
					.contains(htmlEscape(sub.title())));
		}
	}

	@Test
	void showsTheFactsThatTheFirstSeedLeftOut() {
		String work = http.get("/guide/types-of-data-training").body();
		String demand = http.get("/guide/why-demand-is-growing").body();
		String careers = http.get("/guide/career-path").body();
		String pay = http.get("/guide/what-it-pays").body();

		assertThat(work).contains("<strong>Image annotation</strong>", "<strong>Text annotation</strong>",
				"named entities", "segmentation");
		assertThat(demand).contains("marketing personalized to each customer", "creative content",
				"generic data sets");
		assertThat(careers).contains("roles on the AI product side");
		assertThat(pay).contains("current market rate for your own field in your region");
	}

	@Test
	void holdsTwentyFiveSubsectionsNumberedUnderTheirSections() {
		List<Section> subsections = guide.contents().stream().flatMap(s -> s.subsections().stream()).toList();

		assertThat(subsections).hasSize(25);
		assertThat(subsections).allSatisfy(sub -> assertThat(sub.number()).startsWith(sub.parentSlug() == null ? ""
				: guide.section(sub.parentSlug()).orElseThrow().number() + "."));
	}

	@Test
	void skillsSectionShowsEverySkillFromTheCatalog() {
		String body = pageWithFeature("skill");

		catalog.skills().forEach(skill -> assertThat(body).contains(htmlEscape(skill.getMeaning())));
	}

	@Test
	void roadmapSectionShowsEveryStepsActions() {
		String body = pageWithFeature("roadmap-step");

		catalog.roadmapSteps()
			.forEach(step -> step.getActions().forEach(action -> assertThat(body).contains(htmlEscape(action))));
	}

	@Test
	void workSectionShowsTheAnnotationTasks() {
		String body = pageWithFeature("work-type");

		catalog.workTypes().forEach(type -> type.getTasks()
			.forEach(task -> assertThat(body).contains(htmlEscape(task.getName()))));
	}

	@Test
	void paySectionShowsTheBandsAndTheFactors() {
		String body = pageWithFeature("pay-bands");

		assertThat(body).contains("$15–$30", "$30,000–$50,000", "$40–$80", "$60,000–$100,000", "$80–$150+",
				"$100,000–$180,000+");
		catalog.payFactors().forEach(factor -> {
			assertThat(body).contains(htmlEscape(factor.getName()));
			factor.getOptions().forEach(option -> assertThat(body).contains(htmlEscape(option.getLabel())));
		});
		assertThat(body).contains("tends to raise pay", "tends to lower pay");
	}

	@Test
	void opportunitiesSectionListsTheSearchTermsAndPlatforms() {
		String body = pageWithFeature("job-search");

		catalog.jobSearchTerms().forEach(term -> assertThat(body).contains(htmlEscape(term.getTerm())));
		catalog.platforms()
			.stream()
			.filter(p -> p.getSectionNumber().startsWith("8."))
			.forEach(platform -> assertThat(body).contains(htmlEscape(platform.getName())));
		assertThat(body).contains("rel=\"noopener noreferrer\"");
	}

	@Test
	void careerSectionShowsThePathAndChallengesSectionTheChallenges() {
		String careers = pageWithFeature("careers");
		String challenges = pageWithFeature("challenges");

		catalog.careerRoles().forEach(role -> assertThat(careers).contains(htmlEscape(role.getName())));
		catalog.challenges().forEach(challenge -> assertThat(challenges).contains(htmlEscape(challenge.getCoping())));
	}

	@Test
	void contentsListsEverySectionAndSubsection() {
		String body = http.get("/guide").body();

		guide.contents().forEach(section -> {
			assertThat(body).contains("href=\"/guide/" + section.slug() + "\"");
			section.subsections()
				.forEach(sub -> assertThat(body).contains("href=\"/guide/" + section.slug() + "#" + sub.slug() + "\""));
		});
	}

	@Test
	void subsectionAddressLeadsToItsPlaceInTheSection() {
		Section sub = guide.contents().get(3).subsections().get(1);

		HttpResponse<String> response = http.get("/guide/" + sub.slug());

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/guide/" + sub.parentSlug() + "#" + sub.slug()));
	}

	@Test
	void previousAndNextLinkTheSectionsInOrder() {
		String body = http.get("/guide/" + guide.contents().get(1).slug()).body();

		assertThat(body).contains("href=\"/guide/" + guide.contents().get(0).slug() + "\" rel=\"prev\"")
			.contains("href=\"/guide/" + guide.contents().get(2).slug() + "\" rel=\"next\"");
	}

	@Test
	void faqShowsTheFiveQuestions() {
		HttpResponse<String> response = http.get("/faq");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(guide.faq()).hasSize(5);
		guide.faq().forEach(item -> assertThat(response.body()).contains(htmlEscape(item.question())));
	}

	@Test
	void homeShowsTheThreeWaysInAndThePayBands() {
		String body = http.get("/").body();

		assertThat(body).contains("href=\"/guide\"", "href=\"/assessment\"", "href=\"/salary\"");
		catalog.payBands().forEach(band -> assertThat(body).contains(band.hourlyRange(), band.annualRange()));
		assertThat(body).contains(htmlEscape(catalog.source().getTitle()));
	}

	@Test
	void unknownSectionAnswersTheFriendlyNotFoundPage() {
		HttpResponse<String> response = http.get("/guide/no-such-section");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page").doesNotContain("Whitelabel", "Exception");
	}

	@Test
	void unknownPathAnswersTheFriendlyNotFoundPage() {
		HttpResponse<String> response = http.get("/no/such/page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page");
	}

	private String pageWithFeature(String feature) {
		Section section = guide.contents()
			.stream()
			.filter(s -> feature.equals(s.feature())
					|| s.subsections().stream().anyMatch(sub -> feature.equals(sub.feature())))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No section shows " + feature));
		HttpResponse<String> response = http.get("/guide/" + section.slug());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
