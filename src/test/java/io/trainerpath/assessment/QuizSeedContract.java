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
		assertThat(quiz.stepCount()).isEqualTo(7);
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
	void pointsStrongDomainExpertiseWithYearsToTheDomainTrainerBandNotEntryAnnotation() {
		Quiz quiz = loader.load();
		Map<String, Integer> scores = quiz.weights()
			.stream()
			.collect(Collectors.toMap(SkillWeight::skillSlug, w -> w.skillSlug().equals("domain-expertise") ? 80 : 45,
					(a, b) -> a, java.util.LinkedHashMap::new));
		Recommender recommender = new Recommender();

		assertThat(recommender.recommend(quiz.rules(), scores, 51, 6).start().rule().payBandSlug())
			.isEqualTo("domain-trainer");
		assertThat(recommender.recommend(quiz.rules(), scores, 51, 1).start().rule().payBandSlug())
			.isEqualTo("entry-annotator");
		scores.replaceAll((skill, score) -> 100);
		assertThat(recommender.recommend(quiz.rules(), scores, 100, 12).start().rule().payBandSlug())
			.isEqualTo("senior-expert");
		assertThat(recommender.recommend(quiz.rules(), scores, 100, 12).workTypes()).hasSize(4);
	}

	@Test
	void storesAndReloadsAnAssessmentWithItsAnswersAndScores() {
		Quiz quiz = loader.load();
		Assessment assessment = new Assessment(Tokens.next(), null, Clock.systemUTC());
		assessment.saveProfile(new Profile("linguistics", 4, 12, "employment-freelance", List.of("prompt-engineering")),
				Clock.systemUTC());
		Map<String, String> answers = quiz.questions()
			.stream()
			.collect(Collectors.toMap(QuizQuestion::slug, q -> q.options().get(1).slug()));
		assessment.saveAnswers(answers, Clock.systemUTC());
		assessment.complete(new ReadinessScorer().score(quiz.questions(), quiz.weights(), quiz.levels(), answers),
				Clock.systemUTC());
		repository.saveAndFlush(assessment);
		entityManager.clear();

		Assessment loaded = repository.findByToken(assessment.getToken()).orElseThrow();

		assertThat(loaded.answers()).isEqualTo(answers);
		assertThat(loaded.getWorkTypes()).containsExactly("prompt-engineering");
		assertThat(loaded.getOverallScore()).isEqualTo(assessment.getOverallScore());
		assertThat(loaded.skillScores(List.of("domain-expertise"))).hasSize(1);
		assertThat(loaded.isCompleted()).isTrue();
	}

}
