package io.trainerpath.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trainerpath.assessment.ProfileChoices.AnnotationExperience;
import io.trainerpath.assessment.ProfileChoices.Choice;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.Skill;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the quiz's reference data, and the rules that turn answers into advice, once. They only
 * change with a new migration, so keeping them in memory for the life of the application is safe.
 */
@Component
class QuizLoader {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private volatile Quiz quiz;

	private volatile Advice advice;

	QuizLoader(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	Quiz load() {
		Quiz loaded = quiz;
		if (loaded == null) {
			loaded = readQuiz();
			quiz = loaded;
		}
		return loaded;
	}

	Advice advice() {
		Advice loaded = advice;
		if (loaded == null) {
			loaded = readAdvice();
			advice = loaded;
		}
		return loaded;
	}

	private Quiz readQuiz() {
		Map<String, List<QuizOption>> options = new LinkedHashMap<>();
		jdbc.sql("SELECT question_slug, slug, label, score, generalist_label FROM assessment_options "
				+ "ORDER BY question_slug, position")
			.query(rs -> {
				options.computeIfAbsent(rs.getString("question_slug"), key -> new ArrayList<>())
					.add(new QuizOption(rs.getString("slug"), rs.getString("label"), rs.getInt("score"),
							rs.getString("generalist_label")));
			});
		Map<String, String> explanations = new HashMap<>();
		jdbc.sql("SELECT question_slug, explanation FROM practice_items")
			.query(rs -> {
				explanations.put(rs.getString("question_slug"), rs.getString("explanation"));
			});
		List<QuizQuestion> questions = jdbc
			.sql("SELECT slug, skill_slug, kind, prompt, hint, short_prompt, generalist_prompt FROM assessment_questions "
					+ "ORDER BY position")
			.query((rs, row) -> new QuizQuestion(rs.getString("slug"), rs.getString("skill_slug"), rs.getString("kind"),
					rs.getString("prompt"), rs.getString("hint"), rs.getString("short_prompt"),
					options.getOrDefault(rs.getString("slug"), List.of()), rs.getString("generalist_prompt"),
					explanations.containsKey(rs.getString("slug"))))
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
			.sql("SELECT slug, name, min_score, meaning, min_practice, needs_field, evidence_reason "
					+ "FROM readiness_levels ORDER BY min_score")
			.query((rs, row) -> new ReadinessLevel(rs.getString("slug"), rs.getString("name"), rs.getInt("min_score"),
					rs.getString("meaning"), rs.getInt("min_practice"), rs.getBoolean("needs_field"),
					rs.getString("evidence_reason")))
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
		PracticeTask practice = jdbc.sql("SELECT slug, title, guideline FROM practice_tasks")
			.query((rs, row) -> new PracticeTask(rs.getString("slug"), rs.getString("title"), rs.getString("guideline"),
					explanations))
			.single();
		return new Quiz(questions, weights, levels, rules, practice, readChoices());
	}

	private ProfileChoices readChoices() {
		List<AnnotationExperience> annotation = jdbc
			.sql("SELECT slug, label, description, depth, salary_experience FROM annotation_experience ORDER BY depth")
			.query((rs, row) -> new AnnotationExperience(rs.getString("slug"), rs.getString("label"),
					rs.getString("description"), rs.getInt("depth"), rs.getString("salary_experience")))
			.list();
		List<Choice> languages = jdbc.sql("SELECT slug, name FROM work_languages ORDER BY position")
			.query((rs, row) -> new Choice(rs.getString("slug"), rs.getString("name"), false))
			.list();
		List<Choice> levels = jdbc.sql("SELECT slug, label, professional FROM language_levels ORDER BY position")
			.query((rs, row) -> new Choice(rs.getString("slug"), rs.getString("label"), rs.getBoolean("professional")))
			.list();
		List<Choice> preparation = jdbc.sql("SELECT slug, label FROM preparation_steps ORDER BY position")
			.query((rs, row) -> new Choice(rs.getString("slug"), rs.getString("label"), false))
			.list();
		return new ProfileChoices(annotation, languages, levels, preparation);
	}

	private Advice readAdvice() {
		List<PlacementRule> rules = jdbc.sql("""
				SELECT slug, kind, career_role_slug, pay_band_slug, min_annotation, needs_field, min_years,
				       min_domain_score, min_practice, reason
				FROM placement_rules ORDER BY kind DESC, position""")
			.query((rs, row) -> new PlacementRule(rs.getString("slug"), rs.getString("kind"),
					rs.getString("career_role_slug"), rs.getString("pay_band_slug"),
					rs.getObject("min_annotation", Integer.class), rs.getBoolean("needs_field"),
					rs.getObject("min_years", Integer.class), rs.getObject("min_domain_score", Integer.class),
					rs.getObject("min_practice", Integer.class), rs.getString("reason")))
			.list();
		List<NextStep> steps = jdbc.sql("""
				SELECT slug, phase, hours, roadmap_step_slug, trigger_kind, skill_slug, threshold, preparation_slug,
				       career_role_slug, title, text, generalist_text
				FROM next_steps ORDER BY CASE phase WHEN 'first' THEN 1 WHEN 'soon' THEN 2 ELSE 3 END, position""")
			.query((rs, row) -> new NextStep(rs.getString("slug"), rs.getString("phase"), rs.getInt("hours"),
					rs.getString("roadmap_step_slug"), rs.getString("trigger_kind"), rs.getString("skill_slug"),
					rs.getObject("threshold", Integer.class), rs.getString("preparation_slug"),
					rs.getString("career_role_slug"), rs.getString("title"), rs.getString("text"),
					rs.getString("generalist_text")))
			.list();
		Map<String, List<String>> platforms = new LinkedHashMap<>();
		jdbc.sql("SELECT career_role_slug, platform_slug FROM placement_platforms ORDER BY career_role_slug, position")
			.query(rs -> {
				platforms.computeIfAbsent(rs.getString("career_role_slug"), key -> new ArrayList<>())
					.add(rs.getString("platform_slug"));
			});
		return new Advice(rules, steps, platforms);
	}

}
