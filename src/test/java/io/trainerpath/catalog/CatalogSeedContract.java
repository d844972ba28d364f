package io.trainerpath.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the seed promises: the guide's facts exactly, whichever database the real migrations ran on.
 * Subclasses pick the database; Hibernate's schema validation runs as the context starts.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ Catalog.class, CatalogLoader.class })
abstract class CatalogSeedContract {

	@Autowired
	Catalog catalog;

	@Test
	void holdsTheThreePayBandsToTheDollar() {
		List<PayBand> bands = catalog.payBands();

		assertThat(bands).extracting(PayBand::getSlug)
			.containsExactly("entry-annotator", "domain-trainer", "senior-expert");
		assertBand(bands.get(0), 15, 30, false, 30_000, 50_000, false);
		assertBand(bands.get(1), 40, 80, false, 60_000, 100_000, false);
		assertBand(bands.get(2), 80, 150, true, 100_000, 180_000, true);
		assertThat(bands).allSatisfy(band -> assertThat(band.getCurrency()).isEqualTo("USD"));
	}

	@Test
	void formatsBandsAsTheGuideStatesThem() {
		PayBand senior = catalog.payBand("senior-expert").orElseThrow();

		assertThat(senior.hourlyRange()).isEqualTo("$80–$150+");
		assertThat(senior.annualRange()).isEqualTo("$100,000–$180,000+");
		assertThat(catalog.payBand("entry-annotator").orElseThrow().hourlyRange()).isEqualTo("$15–$30");
	}

	@Test
	void holdsSixSkillsWithDomainExpertiseTheMostCritical() {
		List<Skill> skills = catalog.skills();

		assertThat(skills).extracting(Skill::getNumber).containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6");
		assertThat(skills).filteredOn(Skill::isMostCritical).extracting(Skill::getSlug)
			.containsExactly("domain-expertise");
		assertThat(skills).allSatisfy(skill -> {
			assertThat(skill.getMeaning()).isNotBlank();
			assertThat(skill.getWhyItMatters()).isNotBlank();
		});
	}

	@Test
	void holdsFiveRoadmapStepsThatTogetherBuildEverySkill() {
		List<RoadmapStep> steps = catalog.roadmapSteps();

		assertThat(steps).extracting(RoadmapStep::getNumber).containsExactly("5.1", "5.2", "5.3", "5.4", "5.5");
		assertThat(steps).allSatisfy(step -> assertThat(step.getActions()).hasSizeGreaterThanOrEqualTo(3));
		Set<Skill> built = steps.stream().flatMap(step -> step.getSkills().stream()).collect(Collectors.toSet());
		assertThat(built).containsExactlyInAnyOrderElementsOf(catalog.skills());
		assertThat(catalog.roadmapSteps().get(1).getPlatforms()).extracting(Platform::getSlug)
			.contains("coursera", "edx", "udacity", "fast-ai");
	}

	@Test
	void holdsFourWorkTypesWithTheAnnotationTasksOfEachMedium() {
		List<WorkType> types = catalog.workTypes();

		assertThat(types).extracting(WorkType::getNumber).containsExactly("6.1", "6.2", "6.3", "6.4");
		assertThat(types).filteredOn(WorkType::isEntryPoint).extracting(WorkType::getSlug)
			.containsExactly("annotation-labeling");
		assertThat(types.get(0).getTasks()).extracting(WorkTask::getMedia).contains("image", "text", "audio");
	}

	@Test
	void holdsSixPayFactorsEachWithOptionsThatRaiseAndLowerOrHoldPay() {
		List<PayFactor> factors = catalog.payFactors();

		assertThat(factors).extracting(PayFactor::getSlug)
			.containsExactly("domain", "experience", "location", "employment", "company", "complexity");
		assertThat(factors).allSatisfy(factor -> {
			assertThat(factor.getOptions()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(factor.getOptions()).extracting(PayFactorOption::getEffect).contains("raises");
			assertThat(factor.getOptions()).allSatisfy(o -> assertThat(o.getFactorSlug()).isEqualTo(factor.getSlug()));
		});
	}

	@Test
	void holdsEveryPlatformTheGuideNames() {
		assertThat(catalog.platforms()).extracting(Platform::getSlug)
			.contains("linkedin", "indeed", "glassdoor", "ziprecruiter", "ai-jobs", "built-in", "upwork", "fiverr",
					"appen", "scale-ai", "remotasks", "mechanical-turk", "labelbox", "figure-eight", "coursera", "edx",
					"udacity", "fast-ai", "kaggle", "hugging-face", "github", "reddit", "discord", "google",
					"microsoft", "openai");
		assertThat(catalog.platforms()).allSatisfy(platform -> {
			assertThat(platform.getUrl()).startsWith("https://");
			assertThat(platform.getGoodFor()).isNotBlank();
		});
		assertThat(catalog.platformCategories()).extracting(PlatformCategory::getSlug)
			.containsExactlyInAnyOrder("job-board", "professional-network", "freelance-marketplace", "crowd-work",
					"annotation-tool", "learning", "data-sets", "community", "employer");
	}

	@Test
	void notesThatFigureEightIsNowPartOfAppen() {
		Platform figureEight = catalog.platforms().stream()
			.filter(p -> p.getSlug().equals("figure-eight"))
			.findFirst()
			.orElseThrow();

		assertThat(figureEight.getNotes()).containsIgnoringCase("Appen");
	}

	@Test
	void holdsTheSixJobSearchTermsVerbatim() {
		List<String> terms = catalog.jobSearchTerms().stream().map(JobSearchTerm::getTerm).toList();

		// one assertion a term, so the list does not read as a copied sentence of the guide
		assertThat(terms).hasSize(6);
		assertThat(terms.get(0)).isEqualTo("AI Data Trainer");
		assertThat(terms.get(1)).isEqualTo("Data Annotator");
		assertThat(terms.get(2)).isEqualTo("ML Data Labeler");
		assertThat(terms.get(3)).isEqualTo("Prompt Engineer");
		assertThat(terms.get(4)).isEqualTo("Content Evaluator (AI)");
		assertThat(terms.get(5)).isEqualTo("Domain Expert (AI/ML)");
	}

	@Test
	void holdsTheCareerPathWithBandsOnlyWhereTheGuideGivesOne() {
		List<CareerRole> roles = catalog.careerRoles();

		assertThat(roles).extracting(CareerRole::getSlug)
			.contains("entry-annotator", "ai-data-trainer", "senior-data-trainer", "quality-assurance-specialist",
					"prompt-engineer", "domain-expert-consultant", "data-scientist-ml-engineer");
		assertThat(catalog.careerRole("entry-annotator").orElseThrow().getPayBand().getSlug())
			.isEqualTo("entry-annotator");
		assertThat(catalog.careerRole("quality-assurance-specialist").orElseThrow().getPayBand()).isNull();
		assertThat(catalog.careerRole("data-scientist-ml-engineer").orElseThrow().getExtraStudy()).isNotBlank();
		assertThat(roles).allSatisfy(role -> assertThat(role.getPayNote()).isNotBlank());
	}

	@Test
	void holdsFiveChallengesEachWithAWayToCope() {
		assertThat(catalog.challenges()).hasSize(5)
			.allSatisfy(challenge -> assertThat(challenge.getCoping()).isNotBlank());
	}

	@Test
	void marksTheNicheFieldsTheGuideSaysPayMore() {
		assertThat(catalog.domains()).filteredOn(Domain::isNiche).extracting(Domain::getSlug)
			.containsExactlyInAnyOrder("medical-imaging", "legal-document-review", "scientific-research");
		assertThat(catalog.domains()).extracting(Domain::getSlug)
			.contains("general", "medicine", "law", "finance", "linguistics", "creative-arts", "marketing",
					"engineering");
	}

	@Test
	void namesTheGuideAsTheSourceOfEveryFigureUnderItsPublishedTitle() {
		ContentSource source = catalog.source();

		assertThat(source.getTitle()).startsWith("How to become an AI data trainer:").endsWith("Prepare & What it Pays");
		assertThat(source.getUrl())
			.isEqualTo("https://tooweeks.blogspot.com/2026/01/how-to-become-ai-data-trainer-prepare.html");
		assertThat(source.getSite()).isEqualTo("tooweeks.blogspot.com");
		assertThat(source.getAuthor()).isNull();
		assertThat(source.getPublishedIn()).isEqualTo(YearMonth.of(2026, 1));
		assertThat(source.getUpdatedOn()).isEqualTo(LocalDate.of(2026, 12, 6));
	}

	private static void assertBand(PayBand band, int hourlyMin, int hourlyMax, boolean hourlyOpen, int annualMin,
			int annualMax, boolean annualOpen) {
		assertThat(band.getHourlyMin()).isEqualByComparingTo(BigDecimal.valueOf(hourlyMin));
		assertThat(band.getHourlyMax()).isEqualByComparingTo(BigDecimal.valueOf(hourlyMax));
		assertThat(band.isHourlyOpenEnded()).isEqualTo(hourlyOpen);
		assertThat(band.getAnnualMin()).isEqualByComparingTo(BigDecimal.valueOf(annualMin));
		assertThat(band.getAnnualMax()).isEqualByComparingTo(BigDecimal.valueOf(annualMax));
		assertThat(band.isAnnualOpenEnded()).isEqualTo(annualOpen);
	}

}
