package io.trainerpath.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row count and a digest of the content of every table in the public schema, found at the time
 * of the snapshot, so tables a feature adds later are included. Rows are compared as a sorted set,
 * which is the same as ordering by every column.
 */
public record DatabaseSnapshot(Map<String, String> tables) {

	public static DatabaseSnapshot of(JdbcTemplate jdbc) {
		List<String> names = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
				+ "WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE')", String.class);
		Map<String, String> tables = new TreeMap<>();
		for (String name : names) {
			List<String> rows = new ArrayList<>();
			jdbc.query("SELECT * FROM \"" + name.replace("\"", "") + "\"", result -> {
				int columns = result.getMetaData().getColumnCount();
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					Object value = result.getObject(i);
					row.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value)).append('\u0001');
				}
				rows.add(row.toString());
			});
			rows.sort(null);
			tables.put(name, rows.size() + " rows, " + digest(rows));
		}
		return new DatabaseSnapshot(tables);
	}

	private static String digest(List<String> rows) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String row : rows) {
				sha.update(row.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) '\n');
			}
			return HexFormat.of().formatHex(sha.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The tables whose count or content differs from the other snapshot, with both states. */
	public List<String> differencesFrom(DatabaseSnapshot before) {
		List<String> changes = new ArrayList<>();
		for (String table : tables.keySet()) {
			if (!tables.get(table).equals(before.tables.get(table))) {
				changes.add(table + ": " + before.tables.get(table) + " -> " + tables.get(table));
			}
		}
		for (String table : before.tables.keySet()) {
			if (!tables.containsKey(table)) {
				changes.add(table + ": dropped");
			}
		}
		return changes;
	}

}
