package io.trainerpath.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.Skill;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the quiz's reference data once. It only changes with a new migration, so keeping it in
 * memory for the life of the application is safe.
 */
@Component
class QuizLoader {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private volatile Quiz quiz;

	QuizLoader(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	Quiz load() {
		Quiz loaded = quiz;
		if (loaded == null) {
			loaded = read();
			quiz = loaded;
		}
		return loaded;
	}

	private Quiz read() {
		Map<String, List<QuizOption>> options = new LinkedHashMap<>();
		jdbc.sql("SELECT question_slug, slug, label, score FROM assessment_options ORDER BY question_slug, position")
			.query(rs -> {
				options.computeIfAbsent(rs.getString("question_slug"), key -> new ArrayList<>())
					.add(new QuizOption(rs.getString("slug"), rs.getString("label"), rs.getInt("score")));
			});
		List<QuizQuestion> questions = jdbc
			.sql("SELECT slug, skill_slug, kind, prompt, hint, short_prompt FROM assessment_questions ORDER BY position")
			.query((rs, row) -> new QuizQuestion(rs.getString("slug"), rs.getString("skill_slug"), rs.getString("kind"),
					rs.getString("prompt"), rs.getString("hint"), rs.getString("short_prompt"),
					options.getOrDefault(rs.getString("slug"), List.of())))
			.list();
		// weights follow the guide's order of skills, which is also the order of the quiz's steps
		List<String> skillOrder = catalog.skills().stream().map(Skill::getSlug).toList();
		List<SkillWeight> weights = jdbc.sql("SELECT skill_slug, weight, reason FROM skill_weights")
			.query((rs, row) -> new SkillWeight(rs.getString("skill_slug"), rs.getInt("weight"), rs.getString("reason")))
			.list()
			.stream()
			.sorted(Comparator.comparingInt(weight -> skillOrder.indexOf(weight.skillSlug())))
			.toList();
		List<ReadinessLevel> levels = jdbc
			.sql("SELECT slug, name, min_score, meaning FROM readiness_levels ORDER BY min_score")
			.query((rs, row) -> new ReadinessLevel(rs.getString("slug"), rs.getString("name"), rs.getInt("min_score"),
					rs.getString("meaning")))
			.list();
		List<RecommendationRule> rules = jdbc.sql("""
				SELECT slug, kind, skill_slug, min_skill_score, min_years, min_overall, career_role_slug,
				       pay_band_slug, work_type_slug, explanation
				FROM recommendation_rules ORDER BY kind, position""")
			.query((rs, row) -> new RecommendationRule(rs.getString("slug"), rs.getString("kind"),
					rs.getString("skill_slug"), rs.getObject("min_skill_score", Integer.class),
					rs.getObject("min_years", Integer.class), rs.getObject("min_overall", Integer.class),
					rs.getString("career_role_slug"), rs.getString("pay_band_slug"), rs.getString("work_type_slug"),
					rs.getString("explanation")))
			.list();
		return new Quiz(questions, weights, levels, rules);
	}

}
