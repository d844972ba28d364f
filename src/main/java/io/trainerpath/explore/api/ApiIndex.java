package io.trainerpath.explore.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.MessageSource;

/**
 * Where a program starts: every resource of the API with its address and what it holds, and where the
 * full OpenAPI description is. The quiz's and the estimator's resources are listed by address only:
 * this feature may not use their code. Descriptions are messages, so the JSON and the page say the same.
 */
@Schema(name = "ApiIndex", description = "The API's resources and where its OpenAPI description is",
		requiredProperties = { "name", "version", "resources", "openApi", "swaggerUi" })
record ApiIndex(String name, String version, List<Resource> resources,
		@Schema(description = "The OpenAPI 3 document") String openApi,
		@Schema(description = "Interactive documentation") String swaggerUi) {

	static final String OPEN_API = "/v3/api-docs";

	static final String SWAGGER_UI = "/swagger-ui.html";

	/** Collections and computed answers; items sit one level below their collection, by slug. */
	private static final List<String[]> RESOURCES = List.of(new String[] { "guide-sections", "/api/v1/guide-sections" },
			new String[] { "faq", "/api/v1/faq" }, new String[] { "skills", "/api/v1/skills" },
			new String[] { "roadmap-steps", "/api/v1/roadmap-steps" },
			new String[] { "work-types", "/api/v1/work-types" },
			new String[] { "career-roles", "/api/v1/career-roles" },
			new String[] { "platforms", "/api/v1/platforms" },
			new String[] { "platform-categories", "/api/v1/platform-categories" },
			new String[] { "domains", "/api/v1/domains" }, new String[] { "pay-bands", "/api/v1/pay-bands" },
			new String[] { "pay-factors", "/api/v1/pay-factors" },
			new String[] { "salary-estimate", "/api/v1/salary-estimate" },
			new String[] { "assessment-questions", "/api/v1/assessment/questions" },
			new String[] { "assessments", "/api/v1/assessments" });

	@Schema(name = "ApiResource", requiredProperties = { "name", "href", "description" })
	record Resource(String name, String href, String description) {
	}

	static ApiIndex describe(MessageSource messages) {
		List<Resource> resources = RESOURCES.stream()
			.map(r -> new Resource(r[0], r[1],
					messages.getMessage("explore.api.resource." + r[0], null, Locale.ROOT)))
			.toList();
		return new ApiIndex(messages.getMessage("explore.api.name", null, Locale.ROOT), "v1", resources, OPEN_API,
				SWAGGER_UI);
	}

}
