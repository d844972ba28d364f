package io.trainerpath.system;

import org.springframework.http.HttpStatus;

/** Plain-language problem details for the statuses the API answers with. */
final class ApiProblems {

	private ApiProblems() {
	}

	static String detailFor(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request could not be read. Check the parameters and the body against the API documentation.";
			case NOT_FOUND -> "There is nothing at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not accept that HTTP method.";
			case NOT_ACCEPTABLE -> "This address cannot answer in the media type the Accept header asks for.";
			case CONTENT_TOO_LARGE, PAYLOAD_TOO_LARGE -> "The request body is larger than this address accepts.";
			case UNSUPPORTED_MEDIA_TYPE -> "This address does not accept a body of that content type.";
			case SERVICE_UNAVAILABLE -> "The service is temporarily unavailable. Please try again shortly.";
			default -> status.is5xxServerError() ? "Something went wrong on our side. Please try again later."
					: "The request could not be completed.";
		};
	}

}
