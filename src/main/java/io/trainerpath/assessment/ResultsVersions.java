package io.trainerpath.assessment;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a results page depends on, read in one indexed statement. A completed assessment never
 * changes; only the attempt it retook can go (its per-skill comparison then disappears, and the
 * database sets {@code previous_id} to null). So "which assessment, which earlier attempt" is the
 * page's version: rendered results may be served again exactly while it holds, on any instance.
 */
@Component
public class ResultsVersions {

	/** The results page whose version this reads; its controller and the page cache both use it. */
	public static final String RESULTS_PAGE = "/assessment/{token}/results";

	private final JdbcClient jdbc;

	ResultsVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Empty when there is no completed assessment with this token. */
	public Optional<String> of(String token) {
		if (!Tokens.isWellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id, previous_id FROM assessments WHERE token = ? AND status = 'COMPLETED'")
			.param(token)
			.query((row, number) -> row.getLong("id") + "/" + row.getObject("previous_id"))
			.optional();
	}

}
