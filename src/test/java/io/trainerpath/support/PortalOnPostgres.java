package io.trainerpath.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on a random port, on the postgres profile, against the "portal" database of the
 * embedded PostgreSQL server. Every test class carrying it shares one context: a
 * {@code @DynamicPropertySource} method of each class's own would give each class a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PortalOnPostgres.Database.class)
public @interface PortalOnPostgres {

	/** Points the data source at the shared server, ahead of the profile's own settings. */
	class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("spring.datasource.url=" + EmbeddedPostgresHolder.database("portal"),
						"spring.datasource.username=postgres", "spring.datasource.password=")
				.applyTo(context);
		}

	}

}
