package io.trainerpath.salary;

import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the estimator's rules as data: the rules for the level a situation fits and the contradictions
 * it names, each with the options it asks for, and the assumptions for platform work. Shared by {@link SalaryModels} and the tests' model, so
 * both read the tables the same way.
 */
final class SalaryRules {

	private SalaryRules() {
	}

	static List<LevelRule> levelRules(JdbcClient jdbc) {
		Map<String, Set<String>> options = options(jdbc,
				"SELECT rule_slug AS owner, option_slug FROM salary_level_rule_options");
		return jdbc.sql("SELECT slug, annotation, band_slug, reason FROM salary_level_rules ORDER BY position")
			.query((rs, row) -> new LevelRule(rs.getString("slug"),
					new Conditions(options.getOrDefault(rs.getString("slug"), Set.of()),
							annotation(rs.getString("annotation")), null, null),
					rs.getString("band_slug"), rs.getString("reason")))
			.list();
	}

	static List<Contradiction> contradictions(JdbcClient jdbc) {
		Map<String, Set<String>> options = options(jdbc,
				"SELECT contradiction_slug AS owner, option_slug FROM salary_contradiction_options");
		return jdbc.sql("""
				SELECT slug, band_slug, annotation, min_hours, max_hours, message
				FROM salary_contradictions ORDER BY position""")
			.query((rs, row) -> new Contradiction(rs.getString("slug"), rs.getString("band_slug"),
					new Conditions(options.getOrDefault(rs.getString("slug"), Set.of()),
							annotation(rs.getString("annotation")), rs.getObject("min_hours", Integer.class),
							rs.getObject("max_hours", Integer.class)),
					rs.getString("message")))
			.list();
	}

	/** In the order of the parameters: unpaid, rejected, fee. */
	static List<SalaryModel.PlatformAssumption> platformAssumptions(JdbcClient jdbc) {
		return jdbc.sql("SELECT slug, default_value, reason FROM salary_platform_assumptions")
			.query((rs, row) -> new SalaryModel.PlatformAssumption(rs.getString("slug"), rs.getInt("default_value"),
					rs.getString("reason")))
			.list()
			.stream()
			.sorted(Comparator.comparingInt(assumption -> SalaryRequests.PLATFORM_PARAMETERS.indexOf(assumption.slug())))
			.toList();
	}

	private static Map<String, Set<String>> options(JdbcClient jdbc, String query) {
		Map<String, Set<String>> options = new HashMap<>();
		jdbc.sql(query)
			.query(rs -> {
				options.computeIfAbsent(rs.getString("owner"), key -> new HashSet<>()).add(rs.getString("option_slug"));
			});
		return options;
	}

	private static AnnotationExperience annotation(String slug) {
		return slug == null ? null
				: AnnotationExperience.of(slug)
					.orElseThrow(() -> new IllegalStateException("Unknown annotation experience " + slug));
	}

}
