package io.trainerpath.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key a template names exists in the bundles, so no page shows a raw ??key??. */
class MessageKeysTests {

	private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

	private static final Path MESSAGES = Path.of("src", "main", "resources", "messages");

	// #{key} or #{key(args)}; keys built at run time ('a.' + ${b}) are left to the page tests
	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	@Test
	void everyKeyUsedInATemplateIsDefined() throws IOException {
		Properties messages = allMessages();
		List<String> missing = new ArrayList<>();

		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher keys = KEY.matcher(Files.readString(file));
				while (keys.find()) {
					if (!messages.containsKey(keys.group(1))) {
						missing.add(TEMPLATES.relativize(file) + ": " + keys.group(1));
					}
				}
			}
		}

		assertThat(messages).isNotEmpty();
		assertThat(missing).isEmpty();
	}

	private static Properties allMessages() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			files.filter(p -> p.toString().endsWith(".properties")).forEach(file -> {
				try (InputStream in = Files.newInputStream(file)) {
					all.load(in);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return all;
	}

}
