package io.trainerpath.catalog;

import io.trainerpath.support.EmbeddedPostgresHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same migrations, unchanged, on a real PostgreSQL 17 server started from Maven. */
class CatalogSeedOnPostgresTests extends CatalogSeedContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgresHolder.database("catalog_seed"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
