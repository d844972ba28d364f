package io.trainerpath.explore.api;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** The read-only data changes only with a release, so clients may keep it for an hour and revalidate. */
final class ApiResponses {

	static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private ApiResponses() {
	}

	static <T> ResponseEntity<T> cached(T body) {
		return ResponseEntity.ok().cacheControl(CACHE).body(body);
	}

	static <T> ResponseEntity<T> cached(Optional<T> body, String what) {
		return cached(body.orElseThrow(
				() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no " + what + " with that slug.")));
	}

}
