package io.trainerpath.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server of the test's own, which the test may stop and start again on the same
 * port and data directory: an outage and its end, as an application would see them. The shared
 * {@link EmbeddedPostgresHolder} server must never be stopped, so this one is separate.
 */
public final class StoppablePostgres implements AutoCloseable {

	private final File dataDirectory;

	private final int port;

	private EmbeddedPostgres server;

	public StoppablePostgres() {
		try {
			this.dataDirectory = Files.createTempDirectory("trainerpath-pg-").toFile();
			try (ServerSocket socket = new ServerSocket(0)) {
				this.port = socket.getLocalPort();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		start();
	}

	public synchronized void start() {
		if (server != null) {
			return;
		}
		try {
			server = EmbeddedPostgres.builder()
				.setPort(port)
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start PostgreSQL on port " + port, ex);
		}
	}

	public synchronized void stop() {
		if (server == null) {
			return;
		}
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server = null;
	}

	/** The URL stays the same across a stop and a start. */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	@Override
	public void close() {
		stop();
		deleteRecursively(dataDirectory);
	}

	private static void deleteRecursively(File file) {
		File[] children = file.listFiles();
		if (children != null) {
			for (File child : children) {
				deleteRecursively(child);
			}
		}
		file.delete();
	}

}
