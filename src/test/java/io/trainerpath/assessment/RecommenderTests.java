package io.trainerpath.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecommenderTests {

	static final List<RecommendationRule> RULES = List.of(
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
