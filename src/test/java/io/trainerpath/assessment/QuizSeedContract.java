package io.trainerpath.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.Skill;
import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the quiz's migrations promise, on whichever database the subclass picks: enough questions
 * for every skill, options spanning 0 to 100, the weights and levels the results page explains, and
 * assessments that store and load. Hibernate validates the entities against the schema on start.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ QuizLoader.class, QuizSeedContract.CatalogConfiguration.class })
abstract class QuizSeedContract {

	@Autowired
	QuizLoader loader;

	@Autowired
	Catalog catalog;

	@Autowired
	AssessmentRepository repository;

	@Autowired
	PlanRepository plans;

	@Autowired
	EntityManager entityManager;

	/** The catalog facade and its loader, which are package-private to the catalog. */
	@TestConfiguration
	@ComponentScan(basePackageClasses = Catalog.class)
	static class CatalogConfiguration {

		@Bean
		JdbcClient jdbcClient(DataSource dataSource) {
			return JdbcClient.create(dataSource);
		}

	}

	@Test
	void asksAtLeastThreeQuestionsAboutEachOfTheSixSkillsMixingKinds() {
		Quiz quiz = loader.load();

		assertThat(quiz.questions()).hasSizeGreaterThanOrEqualTo(18);
		for (Skill skill : catalog.skills()) {
			List<QuizQuestion> questions = quiz.questionsOfSkill(skill.getSlug());
			assertThat(questions).as(skill.getSlug()).hasSizeGreaterThanOrEqualTo(3);
		}
		assertThat(quiz.questions()).extracting(QuizQuestion::kind).contains("self-rating", "scenario");
		assertThat(quiz.questions().stream().filter(QuizQuestion::isScenario).count()).isGreaterThanOrEqualTo(9);
		assertThat(quiz.stepCount()).isEqualTo(8);
	}

	@Test
	void givesEveryQuestionAWorstAnswerOfZeroAndABestOfOneHundred() {
		for (QuizQuestion question : loader.load().questions()) {
			assertThat(question.options()).as(question.slug()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(question.options()).extracting(QuizOption::score).as(question.slug()).contains(0, 100);
		}
	}

	@Test
	void countsDomainExpertiseDoubleAndEveryOtherSkillOnce() {
		Map<String, Integer> weights = loader.load()
			.weights()
			.stream()
			.collect(Collectors.toMap(SkillWeight::skillSlug, SkillWeight::weight));

		assertThat(weights).containsEntry("domain-expertise", 2).hasSize(6);
		assertThat(weights).allSatisfy((skill, weight) -> {
			if (!skill.equals("domain-expertise")) {
				assertThat(weight).isEqualTo(1);
			}
		});
		assertThat(loader.load().weights()).extracting(SkillWeight::skillSlug)
			.containsExactlyElementsOf(catalog.skills().stream().map(Skill::getSlug).toList());
	}

	@Test
	void startsTheLevelsAtZeroInAscendingOrder() {
		assertThat(loader.load().levels()).extracting(ReadinessLevel::minScore).containsExactly(0, 40, 65, 85);
	}

	@Test
	void neverLetsTheLongestAnswerGiveAwayTheBestOne() {
		List<QuizQuestion> situations = loader.load().questions().stream().filter(QuizQuestion::isScenario).toList();

		long longestIsBest = situations.stream().filter(question -> {
			int longest = question.options().stream().mapToInt(option -> option.label().length()).max().orElseThrow();
			return question.best().label().length() == longest;
		}).count();

		assertThat(longestIsBest).as("situations whose best answer is the longest, of %d", situations.size())
			.isLessThanOrEqualTo(situations.size() / 3);
	}

	@Test
	void holdsAPracticeTaskOfEightMessagesEachWithOneKeyAndAnExplanation() {
		Quiz quiz = loader.load();

		assertThat(quiz.practice().guideline()).contains("Billing", "Access", "Safety", "Feedback");
		assertThat(quiz.practiceItems()).hasSize(8).allSatisfy(item -> {
			assertThat(item.options()).extracting(QuizOption::score).as(item.slug()).containsOnlyOnce(100);
			assertThat(item.options()).extracting(QuizOption::label).containsExactly("Billing", "Access", "Safety",
					"Feedback");
			assertThat(quiz.practice().explanations().get(item.slug())).startsWith(item.best().label() + ".");
		});
		assertThat(quiz.practiceItems()).extracting(QuizQuestion::skillSlug)
			.containsOnly("attention-to-detail", "analytical-thinking");
		// No single label answers them all: the most common key is right at most a quarter of the time.
		assertThat(quiz.practiceItems().stream().collect(Collectors.groupingBy(item -> item.best().label(),
				Collectors.counting())).values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2));
		assertThat(quiz.questionsOfStep(Quiz.PRACTICE_STEP)).isEqualTo(quiz.practiceItems());
	}

	@Test
	void placesBySeniorityAndKeepsSeniorWorkForPaidAnnotatorsWithDeepExpertise() {
		Advice advice = loader.advice();
		Placer placer = new Placer();

		Placement doctor = placer.place(advice.placementRules(), new PlacementFacts(0, true, 10, 95, 88));
		Placement reviewer = placer.place(advice.placementRules(), new PlacementFacts(3, true, 14, 90, 88));
		Placement newcomer = placer.place(advice.placementRules(), new PlacementFacts(0, false, 0, 60, 50));
		Placement unknown = placer.place(advice.placementRules(), new PlacementFacts(null, true, 12, 90, null));

		assertThat(doctor.start().careerRoleSlug()).isEqualTo("ai-data-trainer");
		assertThat(doctor.next().careerRoleSlug()).isEqualTo("senior-data-trainer");
		assertThat(doctor.nextNeeds()).extracting(PlacementRule.Condition::kind)
			.containsExactly(PlacementRule.Condition.Kind.ANNOTATION);
		assertThat(reviewer.start().careerRoleSlug()).isEqualTo("senior-data-trainer");
		assertThat(reviewer.branches()).extracting(PlacementRule::careerRoleSlug).contains("domain-expert-consultant");
		assertThat(newcomer.start().careerRoleSlug()).isEqualTo("entry-annotator");
		assertThat(newcomer.nextNeeds()).extracting(PlacementRule.Condition::kind)
			.contains(PlacementRule.Condition.Kind.FIELD);
		assertThat(unknown.start().careerRoleSlug()).isEqualTo("ai-data-trainer");
		assertThat(unknown.unknown()).containsExactly(PlacementRule.Condition.Kind.ANNOTATION,
				PlacementRule.Condition.Kind.PRACTICE);
		assertThat(advice.placementRules()).allSatisfy(rule -> assertThat(catalog.careerRole(rule.careerRoleSlug())).isPresent());
	}

	@Test
	void namesAtLeastThreePlatformsForEveryStartingRole() {
		Advice advice = loader.advice();

		advice.placementRules()
			.stream()
			.filter(rule -> PlacementRule.START.equals(rule.kind()))
			.forEach(rule -> assertThat(advice.platformsByRole().get(rule.careerRoleSlug())).as(rule.slug())
				.hasSizeGreaterThanOrEqualTo(3));
	}

	@Test
	void givesEveryPlanStepAPhaseAnEffortAndATriggerItCanRead() {
		Advice advice = loader.advice();

		assertThat(advice.nextSteps()).extracting(NextStep::phase).containsSubsequence("first", "soon", "ongoing");
		assertThat(advice.nextSteps()).allSatisfy(step -> {
			assertThat(step.hours()).isPositive();
			switch (step.trigger()) {
				case "skill-below" -> assertThat(catalog.skill(step.skillSlug())).isPresent();
				case "not-prepared" -> assertThat(loader.load().choices().preparation(step.preparationSlug())).isPresent();
				case "start-role" -> assertThat(catalog.careerRole(step.careerRoleSlug())).isPresent();
				case "annotation-below", "languages" -> assertThat(step.threshold()).isNotNull();
				default -> assertThat(step.trigger()).isIn("always", "field", "no-field");
			}
		});
	}

	@Test
	void storesAndReloadsAnAssessmentWithItsAnswersAndScores() {
		Quiz quiz = loader.load();
		Plan plan = plans.save(new Plan(Tokens.next(), Clock.systemUTC()));
		Assessment assessment = new Assessment(Tokens.next(), null, plan.getId(), Clock.systemUTC());
		assessment.saveProfile(new Profile("linguistics", 4, 12, "employment-freelance", List.of("prompt-engineering"),
				"paid", Map.of("spanish", "professional", "german", "working"), List.of("ai-course")), Clock.systemUTC());
		Map<String, String> answers = quiz.questions()
			.stream()
			.collect(Collectors.toMap(QuizQuestion::slug, q -> q.options().get(1).slug()));
		assessment.saveAnswers(answers, Clock.systemUTC());
		assessment.complete(new ReadinessScorer().score(quiz.questions(), quiz.weights(), quiz.levels(), answers, true),
				Clock.systemUTC());
		repository.saveAndFlush(assessment);
		entityManager.clear();

		Assessment loaded = repository.findByToken(assessment.getToken()).orElseThrow();

		assertThat(loaded.answers()).isEqualTo(answers);
		assertThat(loaded.getWorkTypes()).containsExactly("prompt-engineering");
		assertThat(loaded.profile().orElseThrow().annotationExperience()).isEqualTo("paid");
		assertThat(loaded.profile().orElseThrow().languages()).containsOnly(Map.entry("spanish", "professional"),
				Map.entry("german", "working"));
		assertThat(loaded.profile().orElseThrow().preparation()).containsExactly("ai-course");
		assertThat(loaded.getOverallScore()).isEqualTo(assessment.getOverallScore());
		assertThat(loaded.skillScores(List.of("domain-expertise"))).hasSize(1);
		assertThat(loaded.isCompleted()).isTrue();
		assertThat(loaded.getPlanId()).isEqualTo(plan.getId());
	}

}
