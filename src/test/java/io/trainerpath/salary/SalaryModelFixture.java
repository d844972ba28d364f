package io.trainerpath.salary;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The estimator's model as the application builds it, from the real migrations, without Spring: Flyway
 * fills a private in-memory H2 database and plain JDBC reads it. Unit tests then check the real
 * bands and weights, not a copy that could drift from the seed.
 */
final class SalaryModelFixture {

	static final SalaryModel.Assumptions DEFAULTS = new SalaryModel.Assumptions(new BigDecimal("0.15"), 48,
			BigDecimal.ONE, new BigDecimal("500"));

	private static SalaryModel seeded;

	private SalaryModelFixture() {
	}

	/** The seeded model with the default assumptions of {@link SalaryProperties}. */
	static synchronized SalaryModel seeded() {
		if (seeded == null) {
			seeded = load(DEFAULTS);
		}
		return seeded;
	}

	static SalaryModel seeded(SalaryModel.Assumptions assumptions) {
		return seeded().withAssumptions(assumptions);
	}

	private static SalaryModel load(SalaryModel.Assumptions assumptions) {
		String url = "jdbc:h2:mem:salary-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("SELECT o.slug FROM pay_factor_options o"
					+ " LEFT JOIN salary_factor_weights w ON w.option_slug = o.slug WHERE w.option_slug IS NULL")) {
				if (rs.next()) {
					throw new IllegalStateException("No salary weight for option " + rs.getString(1));
				}
			}
			List<SalaryModel.Band> bands = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery("SELECT * FROM pay_bands ORDER BY position")) {
				while (rs.next()) {
					bands.add(new SalaryModel.Band(rs.getString("slug"), rs.getString("name"), rs.getString("summary"),
							rs.getString("currency"),
							new SalaryModel.Scale(rs.getBigDecimal("hourly_min"), rs.getBigDecimal("hourly_max"),
									rs.getBoolean("hourly_open_ended")),
							new SalaryModel.Scale(rs.getBigDecimal("annual_min"), rs.getBigDecimal("annual_max"),
									rs.getBoolean("annual_open_ended"))));
				}
			}
			List<SalaryModel.Field> fields = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery("SELECT * FROM domains ORDER BY position")) {
				while (rs.next()) {
					fields.add(new SalaryModel.Field(rs.getString("slug"), rs.getString("name"), rs.getString("tier")));
				}
			}
			Map<String, List<SalaryModel.Option>> options = new LinkedHashMap<>();
			try (ResultSet rs = statement.executeQuery("SELECT o.*, w.hourly_shift, w.annual_shift, w.reason"
					+ " FROM pay_factor_options o JOIN salary_factor_weights w ON w.option_slug = o.slug"
					+ " ORDER BY o.factor_slug, o.position")) {
				while (rs.next()) {
					options.computeIfAbsent(rs.getString("factor_slug"), key -> new ArrayList<>())
						.add(new SalaryModel.Option(rs.getString("slug"), rs.getString("label"),
								rs.getString("description"), rs.getString("effect"), rs.getInt("position"),
								rs.getBigDecimal("hourly_shift"), rs.getBigDecimal("annual_shift"),
								rs.getString("reason")));
				}
			}
			List<SalaryModel.Factor> factors = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery("SELECT * FROM pay_factors ORDER BY position")) {
				while (rs.next()) {
					factors.add(new SalaryModel.Factor(rs.getString("slug"), rs.getString("name"),
							rs.getString("guide_says"), options.getOrDefault(rs.getString("slug"), List.of())));
				}
			}
			JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""));
			return new SalaryModel(bands, fields, factors, assumptions, SalaryRules.levelRules(jdbc),
					SalaryRules.contradictions(jdbc), SalaryRules.platformAssumptions(jdbc));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
