package io.trainerpath.explore.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	OpenAPI trainerPathOpenApi() {
		return new OpenAPI().info(new Info().title("TrainerPath API")
			.version("v1")
			.description("Read-only data behind TrainerPath: the guide to becoming an AI data trainer, its skills, "
					+ "roadmap, kinds of work, career roles, platforms and fields. Errors are RFC 9457 problem details.")
			.license(new License().name("Content summarised from a published guide; see the site for the source")));
	}

	static final String PROBLEM = "Problem";

	/**
	 * Every error is an RFC 9457 problem, but springdoc only sees the success responses. This names the
	 * errors each operation can give, for every feature's endpoints, without overwriting any a controller
	 * documents itself.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ApiConfiguration::addProblems));
		};
	}

	private static void addProblems(Operation operation) {
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
			problem(operation, "404", "Nothing has that slug or identifier");
		}
		if (parameters.stream().anyMatch(p -> "query".equals(p.getIn())) || operation.getRequestBody() != null) {
			problem(operation, "400", "A parameter or the body is not valid");
		}
		if (operation.getRequestBody() != null) {
			problem(operation, "415", "The body is not in a content type this operation accepts");
		}
		problem(operation, "406", "The Accept header asks for a media type this operation cannot give");
	}

	private static void problem(Operation operation, String status, String description) {
		if (operation.getResponses() == null || operation.getResponses().containsKey(status)) {
			return;
		}
		operation.getResponses()
			.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Map<String, Schema> properties = new java.util.LinkedHashMap<>();
		properties.put("type", new StringSchema().example("about:blank"));
		properties.put("title", new StringSchema().example("Not Found"));
		properties.put("status", new IntegerSchema().example(404));
		properties.put("detail", new StringSchema());
		properties.put("instance", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem details")
			.properties(properties)
			.required(List.of("title", "status"));
	}

}
