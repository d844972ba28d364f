package io.trainerpath.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecommenderTests {

	static final List<RecommendationRule> RULES = List.of(
			new RecommendationRule("start-senior", "start", "domain-expertise", 85, 8, 75, "senior", "senior-band", null,
					"."),
			new RecommendationRule("start-trainer", "start", "domain-expertise", 60, 3, null, "trainer",
					"trainer-band", null, "."),
			new RecommendationRule("start-entry", "start", null, null, null, null, "entry", "entry-band", null, "."),
			new RecommendationRule("work-labels", "work-type", null, null, null, null, null, null, "labels", "."),
			new RecommendationRule("work-checks", "work-type", "attention-to-detail", 60, null, null, null, null,
					"checks", "."));

	final Recommender recommender = new Recommender();

	static Map<String, Integer> scores(int domain, int detail, int analysis, int ai, int communication,
			int adaptability) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		scores.put("domain-expertise", domain);
		scores.put("attention-to-detail", detail);
		scores.put("analytical-thinking", analysis);
		scores.put("ai-ml-literacy", ai);
		scores.put("communication", communication);
		scores.put("adaptability", adaptability);
		return scores;
	}

	@Test
	void pointsStrongDomainExpertiseWithYearsToTheDomainTrainerBand() {
		Recommendations r = recommender.recommend(RULES, scores(80, 50, 50, 30, 50, 50), 55, 6);

		assertThat(r.start().rule().payBandSlug()).isEqualTo("trainer-band");
		assertThat(r.start().reasons()).containsExactly(new Reason(Reason.SKILL, "domain-expertise", 80, 60),
				new Reason(Reason.YEARS, null, 6, 3));
	}

	@Test
	void startsWithEntryAnnotationWithoutTheYearsEvenWithStrongDomainExpertise() {
		Recommendations r = recommender.recommend(RULES, scores(90, 90, 90, 90, 90, 90), 90, 1);

		assertThat(r.start().rule().slug()).isEqualTo("start-entry");
		assertThat(r.start().reasons()).isEmpty();
	}

	@Test
	void takesTheFirstStartRuleThatHolds() {
		Recommendations r = recommender.recommend(RULES, scores(95, 80, 80, 80, 80, 80), 85, 20);

		assertThat(r.start().rule().slug()).isEqualTo("start-senior");
		assertThat(r.start().reasons()).extracting(Reason::kind)
			.containsExactly(Reason.SKILL, Reason.YEARS, Reason.OVERALL);
	}

	@Test
	void suggestsEveryWorkTypeWhoseConditionsHold() {
		assertThat(recommender.recommend(RULES, scores(50, 60, 50, 50, 50, 50), 50, 0).workTypes())
			.extracting(match -> match.rule().workTypeSlug())
			.containsExactly("labels", "checks");
		assertThat(recommender.recommend(RULES, scores(50, 59, 50, 50, 50, 50), 50, 0).workTypes())
			.extracting(match -> match.rule().workTypeSlug())
			.containsExactly("labels");
	}

	@Test
	void namesThreeWeakestSkillsLowestFirstWhenTheThirdIsStillWeak() {
		Recommendations r = recommender.recommend(RULES, scores(90, 20, 69, 10, 80, 75), 60, 5);

		assertThat(r.gaps()).containsExactly("ai-ml-literacy", "attention-to-detail", "analytical-thinking");
		assertThat(r.strengths()).containsExactly("domain-expertise", "communication", "adaptability");
	}

	@Test
	void namesOnlyTwoWeakestSkillsWhenTheThirdIsAStrength() {
		Recommendations r = recommender.recommend(RULES, scores(90, 20, 70, 10, 80, 75), 60, 5);

		assertThat(r.gaps()).containsExactly("ai-ml-literacy", "attention-to-detail");
		assertThat(r.strengths()).containsExactly("domain-expertise", "analytical-thinking", "communication",
				"adaptability");
	}

	@Test
	void breaksTiesBetweenWeakSkillsInTheGuidesOrder() {
		Recommendations r = recommender.recommend(RULES, scores(40, 40, 40, 40, 40, 40), 40, 5);

		assertThat(r.gaps()).containsExactly("domain-expertise", "attention-to-detail", "analytical-thinking");
		assertThat(r.strengths()).isEmpty();
	}

}
