package io.trainerpath.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM, unpacked from Maven, so PostgreSQL tests need no Docker.
 * It stops when the JVM exits.
 */
public final class EmbeddedPostgresHolder {

	private static final Map<String, String> DATABASES = new HashMap<>();

	private static EmbeddedPostgres server;

	private EmbeddedPostgresHolder() {
	}

	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is exiting; nothing left to clean up
				}
			}));
		}
		return server;
	}

	/**
	 * A JDBC URL for a database of this name on the shared server, created empty on first request.
	 * Property suppliers may ask more than once, so later calls return the same database.
	 */
	public static synchronized String database(String name) {
		return DATABASES.computeIfAbsent(name, EmbeddedPostgresHolder::create);
	}

	private static String create(String name) {
		try (var connection = server().getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

}
