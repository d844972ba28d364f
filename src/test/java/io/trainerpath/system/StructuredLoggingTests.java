package io.trainerpath.system;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boot's own structured logging, {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}, turns every console line
 * into one JSON object (Elastic Common Schema), as the operations guide says. A small application is
 * enough: the switch happens in the environment, before any bean exists.
 */
@ExtendWith(OutputCaptureExtension.class)
// Plain text last, so the test JVM's later logs are plain again.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StructuredLoggingTests {

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

	@Test
	@Order(1)
	void anEcsConsoleFormatWritesOneJsonObjectPerLine(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start("--logging.structured.format.console=ecs")) {
			LoggerFactory.getLogger(StructuredLoggingTests.class).info("structured hello");
		}
		finally {
			// Boot hands the format to Logback as a JVM-wide system property; in production one JVM runs
			// one application, here the later tests must not inherit it.
			System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
		}

		List<String> lines = output.getOut().lines().filter(line -> line.contains("structured hello")).toList();
		assertThat(lines).hasSize(1);
		JsonNode line = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(line.path("message").asString()).isEqualTo("structured hello");
		assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
		assertThat(line.has("@timestamp")).isTrue();
	}

	@Test
	@Order(2)
	void withoutAFormatLinesStayPlainText(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start()) {
			LoggerFactory.getLogger(StructuredLoggingTests.class).info("plain hello");
		}

		List<String> lines = output.getOut().lines().filter(line -> line.contains("plain hello")).toList();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).doesNotStartWith("{").contains(" INFO ");
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		// Other tests' applications may still hold Logback in this JVM, and Boot does not set up logging
		// that is already set up: start afresh, as a real process does.
		LoggingSystem.get(StructuredLoggingTests.class.getClassLoader()).cleanUp();
		SpringApplication application = new SpringApplication(Empty.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setRegisterShutdownHook(false);
		return application.run(arguments);
	}

}
