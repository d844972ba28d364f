package io.trainerpath.guide;

import java.nio.file.Path;

import io.trainerpath.support.AppInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The default database is a file: what is written survives the application stopping and starting. */
class H2FilePersistenceTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsWhatWasWrittenAcrossARestart() {
		String url = AppInstance.h2File(dataDir);

		try (AppInstance first = AppInstance.startOnH2(url)) {
			first.bean(FaqEntryRepository.class)
				.save(new FaqEntry("restart-check", "Is this kept?", "Yes, on disk.", null, 99));
		}

		try (AppInstance second = AppInstance.startOnH2(url)) {
			FaqEntryRepository entries = second.bean(FaqEntryRepository.class);
			assertThat(entries.findById("restart-check")).hasValueSatisfying(
					entry -> assertThat(entry.getAnswer()).isEqualTo("Yes, on disk."));
			assertThat(entries.findAllByOrderByPosition()).hasSize(6);
		}
	}

}
