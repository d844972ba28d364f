package io.trainerpath.explore.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	/** The read-only collections this feature serves; computed answers elsewhere get no ETag. */
	static final String[] READ_ONLY_PATHS = { "/api/v1/guide-sections/*", "/api/v1/faq/*", "/api/v1/skills/*",
			"/api/v1/roadmap-steps/*", "/api/v1/work-types/*", "/api/v1/career-roles/*", "/api/v1/platforms/*",
			"/api/v1/platform-categories/*", "/api/v1/domains/*" };

	// An ETag from the body's hash lets clients revalidate with If-None-Match and get a 304.
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns(READ_ONLY_PATHS);
		registration.setName("apiEtags");
		return registration;
	}

	@Bean
	OpenAPI trainerPathOpenApi() {
		return new OpenAPI().info(new Info().title("TrainerPath API")
			.version("v1")
			.description("Read-only data behind TrainerPath: the guide to becoming an AI data trainer, its skills, "
					+ "roadmap, kinds of work, career roles, platforms and fields. Errors are RFC 9457 problem details.")
			.license(new License().name("Content summarised from a published guide; see the site for the source")));
	}

}
