package io.trainerpath.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.trainerpath.TrainerPathApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole TrainerPath application on its own random port, on the {@code postgres} profile (or on an H2
 * file with the default profile), started outside Spring's test-context cache so a test can run
 * several at once, stop one and start another against the same database. Use it for what a single
 * shared test context cannot show: two instances behind a load balancer, a restart in the middle of a
 * visit, a database that goes away, a database left by an earlier version.
 *
 * <pre>
 * try (AppInstance a = AppInstance.start(url); AppInstance b = AppInstance.start(url)) {
 *     a.http().get("/"); b.http().get("/");
 * }
 * </pre>
 */
public final class AppInstance implements AutoCloseable {

	private static final ReentrantLock LOGGING_SETUP = new ReentrantLock();

	private final ConfigurableApplicationContext context;

	private final Http http;

	private AppInstance(ConfigurableApplicationContext context) {
		this.context = context;
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.http = new Http(port);
	}

	/**
	 * Starts one instance against the given PostgreSQL JDBC URL (user {@code postgres}, no password, as
	 * {@link EmbeddedPostgresHolder} serves). Extra arguments are Spring properties such as
	 * {@code --management.endpoints.web.exposure.include=health,prometheus}.
	 */
	public static AppInstance start(String jdbcUrl, String... extraArguments) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=postgres",
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=",
				// Each instance its own JMX-free, banner-free context; the test output stays readable.
				"--spring.main.banner-mode=off", "--spring.jmx.enabled=false"));
		arguments.addAll(List.of(extraArguments));
		return run(arguments);
	}

	/** A JDBC URL for an H2 file database in the given folder, in the mode the default profile uses. */
	public static String h2File(Path folder) {
		return "jdbc:h2:file:" + folder.resolve("trainerpath")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	/** Starts one instance on the default profile against an H2 database, such as {@link #h2File}'s. */
	public static AppInstance startOnH2(String jdbcUrl) {
		return run(List.of("--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.main.banner-mode=off",
				"--spring.jmx.enabled=false"));
	}

	private static AppInstance run(List<String> arguments) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TrainerPathApplication.class)
			.registerShutdownHook(false)
			.listeners(AppInstance::oneLoggingSetupAtATime)
			.run(arguments.toArray(String[]::new));
		return new AppInstance(context);
	}

	/**
	 * Starts {@code count} instances against one database at the same moment, each on its own thread,
	 * released together by a latch: both run Flyway at once, as two containers starting side by side.
	 * If any fails, the others are closed and the failure is rethrown.
	 */
	public static List<AppInstance> startTogether(int count, String jdbcUrl, String... extraArguments) {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<AppInstance>> starting = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			starting.add(CompletableFuture.supplyAsync(() -> {
				awaitQuietly(go);
				return start(jdbcUrl, extraArguments);
			}, threads));
		}
		go.countDown();
		try {
			CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
			return starting.stream().map(CompletableFuture::join).toList();
		}
		catch (RuntimeException ex) {
			starting.stream().filter(f -> f.isDone() && !f.isCompletedExceptionally()).forEach(f -> f.join().close());
			throw ex;
		}
		finally {
			threads.shutdown();
		}
	}

	/**
	 * Instances in one JVM share Logback's context, and two setting it up at the same moment fail
	 * ("Unable to find Spring Environment in logger context"). Only that early step takes turns; the
	 * rest of the start, Flyway included, still runs side by side.
	 */
	private static void oneLoggingSetupAtATime(ApplicationEvent event) {
		if (event instanceof ApplicationStartingEvent) {
			LOGGING_SETUP.lock();
		}
		else if ((event instanceof ApplicationContextInitializedEvent || event instanceof ApplicationFailedEvent)
				&& LOGGING_SETUP.isHeldByCurrentThread()) {
			LOGGING_SETUP.unlock();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public Http http() {
		return http;
	}

	public int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** The running context, for beans a test needs (a repository, the cache manager). */
	public ConfigurableApplicationContext context() {
		return context;
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public boolean isRunning() {
		return context.isActive();
	}

	/** Stops the instance the way a deployment would: graceful shutdown, then the context closes. */
	@Override
	public void close() {
		if (context.isActive()) {
			context.close();
		}
	}

}
