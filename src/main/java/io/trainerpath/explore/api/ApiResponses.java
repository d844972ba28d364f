package io.trainerpath.explore.api;

import java.util.Optional;

import io.trainerpath.web.SharedPages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** The read-only data is the same for everyone and changes only with a release, so it is shared. */
final class ApiResponses {

	private ApiResponses() {
	}

	/** The answer, shared unless the request names a parameter other than these. */
	static <T> ResponseEntity<T> cached(T body, String... knownParameters) {
		return ResponseEntity.ok().cacheControl(SharedPages.cacheControl(SharedPages.API, knownParameters)).body(body);
	}

	static <T> ResponseEntity<T> cached(Optional<T> body, String what) {
		return cached(body.orElseThrow(
				() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no " + what + " with that slug.")));
	}

}
