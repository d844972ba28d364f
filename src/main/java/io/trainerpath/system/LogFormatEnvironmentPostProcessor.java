package io.trainerpath.system;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code LOG_FORMAT=json} switches the console to one JSON object per line (Elastic Common Schema),
 * which log collectors read without parsing rules. Boot's own setting wants a schema name, so this
 * maps the plain word {@code json} to {@code ecs}; {@code ecs}, {@code logstash} and {@code gelf} pass
 * through unchanged. It runs before the logging system starts, so the first line is already JSON.
 */
class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String LOG_FORMAT = "LOG_FORMAT";

	static final String CONSOLE_FORMAT = "logging.structured.format.console";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty(LOG_FORMAT, "").trim().toLowerCase(java.util.Locale.ROOT);
		String structured = switch (format) {
			case "json", "ecs" -> "ecs";
			case "logstash", "gelf" -> format;
			default -> null;
		};
		if (structured != null && !environment.containsProperty(CONSOLE_FORMAT)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("logFormat", Map.of(CONSOLE_FORMAT, structured)));
		}
	}

}
