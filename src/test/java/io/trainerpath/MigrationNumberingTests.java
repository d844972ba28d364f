package io.trainerpath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway applies migrations in version order and, with {@code outOfOrder} off, refuses to start when it
 * finds one that sorts below a version the database has already applied. Every test database starts
 * empty, so no other test would notice; this one checks the numbering against the migrations that have
 * shipped ({@code db/shipped-migrations.txt}), which may have run on a deployed database.
 */
class MigrationNumberingTests {

	private static final Pattern NAME = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

	record Migration(String file, MigrationVersion version, String sha256) {

		static Migration of(String file, String sha256) {
			Matcher name = NAME.matcher(file);
			if (!name.matches()) {
				throw new IllegalArgumentException("Not a versioned migration: " + file);
			}
			return new Migration(file, MigrationVersion.fromVersion(name.group(1).replace('_', '.')), sha256);
		}

	}

	@Test
	void noTwoMigrationsShareAVersion() {
		assertThat(sharedVersions(migrations())).isEmpty();
	}

	@Test
	void noShippedMigrationHasChangedOrGone() {
		Map<String, String> current = new LinkedHashMap<>();
		migrations().forEach(migration -> current.put(migration.file(), migration.sha256()));

		shipped().forEach(migration -> assertThat(current.get(migration.file()))
			.as("%s has shipped: add a new migration instead of changing or removing it", migration.file())
			.isEqualTo(migration.sha256()));
	}

	@Test
	void everyNewMigrationSortsAboveEveryShippedOne() {
		assertThat(belowShipped(migrations(), shipped())).isEmpty();
	}

	@Test
	void findsANewMigrationNumberedInsideAnOldFeatureRange() {
		List<Migration> shipped = List.of(Migration.of("V1__a.sql", "1"), Migration.of("V21__b.sql", "2"));
		List<Migration> all = new ArrayList<>(shipped);
		all.add(Migration.of("V3__catalog_fix.sql", "3"));
		all.add(Migration.of("V22__next.sql", "4"));

		assertThat(belowShipped(all, shipped)).containsExactly("V3__catalog_fix.sql sorts below V21__b.sql");
	}

	@Test
	void findsTwoMigrationsWithOneVersion() {
		List<Migration> all = List.of(Migration.of("V22__a.sql", "1"), Migration.of("V22__b.sql", "2"),
				Migration.of("V22.0__c.sql", "3"), Migration.of("V23__d.sql", "4"));

		assertThat(sharedVersions(all)).containsExactly("V22__b.sql has the version of V22__a.sql",
				"V22.0__c.sql has the version of V22__a.sql");
	}

	static List<String> sharedVersions(List<Migration> migrations) {
		List<String> problems = new ArrayList<>();
		Map<MigrationVersion, Migration> seen = new LinkedHashMap<>();
		for (Migration migration : migrations) {
			Migration first = seen.putIfAbsent(migration.version(), migration);
			if (first != null) {
				problems.add(migration.file() + " has the version of " + first.file());
			}
		}
		return problems;
	}

	static List<String> belowShipped(List<Migration> migrations, List<Migration> shipped) {
		Migration highest = shipped.stream()
			.max((a, b) -> a.version().compareTo(b.version()))
			.orElseThrow(() -> new IllegalStateException("The list of shipped migrations is empty"));
		List<String> shippedFiles = shipped.stream().map(Migration::file).toList();
		return migrations.stream()
			.filter(migration -> !shippedFiles.contains(migration.file()))
			.filter(migration -> migration.version().compareTo(highest.version()) <= 0)
			.map(migration -> migration.file() + " sorts below " + highest.file())
			.toList();
	}

	private static List<Migration> migrations() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql");
			return Arrays.stream(files)
				.map(file -> Migration.of(Objects.requireNonNull(file.getFilename()), sha256(file)))
				.sorted((a, b) -> a.version().compareTo(b.version()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Migration> shipped() {
		try (InputStream in = MigrationNumberingTests.class.getResourceAsStream("/db/shipped-migrations.txt")) {
			return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.split("\\s+"))
				.map(parts -> Migration.of(parts[0], parts[1]))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
