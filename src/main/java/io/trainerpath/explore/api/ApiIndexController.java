package io.trainerpath.explore.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's front door for programs; {@link ApiPageController} shows the same to people. */
@RestController
@Tag(name = "Index", description = "Where to start: the API's resources")
class ApiIndexController {

	private final ApiIndex index;

	ApiIndexController(MessageSource messages) {
		this.index = ApiIndex.describe(messages);
	}

	@GetMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The API's resources, each with its address, and where the OpenAPI description is")
	ResponseEntity<ApiIndex> index() {
		return ApiResponses.cached(index);
	}

}
