package io.trainerpath.guide;

import java.nio.file.Path;

import io.trainerpath.TrainerPathApplication;
import io.trainerpath.support.AppInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The default database is a file: what is written survives the application stopping and starting. */
class H2FilePersistenceTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsWhatWasWrittenAcrossARestart() {
		String url = AppInstance.h2File(dataDir);

		try (ConfigurableApplicationContext first = start(url)) {
			first.getBean(FaqEntryRepository.class)
				.save(new FaqEntry("restart-check", "Is this kept?", "Yes, on disk.", null, 99));
		}

		try (ConfigurableApplicationContext second = start(url)) {
			FaqEntryRepository entries = second.getBean(FaqEntryRepository.class);
			assertThat(entries.findById("restart-check")).hasValueSatisfying(
					entry -> assertThat(entry.getAnswer()).isEqualTo("Yes, on disk."));
			assertThat(entries.findAllByOrderByPosition()).hasSize(6);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(TrainerPathApplication.class).run("--spring.datasource.url=" + url, "--server.port=0", "--spring.main.banner-mode=off");
	}

}
