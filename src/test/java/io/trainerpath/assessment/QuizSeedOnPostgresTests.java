package io.trainerpath.assessment;

import io.trainerpath.support.EmbeddedPostgresHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same migrations, unchanged, on a real PostgreSQL 17 server started from Maven. */
class QuizSeedOnPostgresTests extends QuizSeedContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgresHolder.database("quiz_seed"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
