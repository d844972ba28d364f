package io.trainerpath.support;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class StackTracesTests {

	@Test
	void findsExceptionNamesAndStackFrames() {
		assertThat(StackTraces.appearIn("java.lang.IllegalStateException: no")).isTrue();
		assertThat(StackTraces.appearIn("<p>org.h2.jdbc.JdbcSQLSyntaxErrorException</p>")).isTrue();
		assertThat(StackTraces.appearIn("Xjakarta.servlet.ServletException")).isTrue();
		assertThat(StackTraces.appearIn("\tat org.springframework.web.Foo.bar(Foo.java:12)")).isTrue();
		assertThat(StackTraces.appearIn("oops: some.Error")).isTrue();
	}

	@Test
	void ignoresOrdinaryText() {
		assertThat(StackTraces.appearIn("<h1>Page not found</h1><p>Error 404. Exception handling is ours.</p>"))
			.isFalse();
		assertThat(StackTraces.appearIn("{\"title\":\"Bad Request\",\"detail\":\"at least one answer\"}")).isFalse();
	}

	@Test
	void scansALongRunOfLettersInLinearTime() {
		// a hostile 100 KB value echoed back twice: without the guard, this took over a minute
		String echoed = "{\"instance\":\"/api/v1/skills/" + "k".repeat(200 * 1024) + "\"}";

		boolean found = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> StackTraces.appearIn(echoed));

		assertThat(found).isFalse();
	}

}
