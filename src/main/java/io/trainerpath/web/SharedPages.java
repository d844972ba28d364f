package io.trainerpath.web;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Marks an answer that is the same for everyone who asks for the same address: its handler says so
 * with {@code Cache-Control: public}, and then browsers, proxies and the portal's page cache may keep
 * it. Only the handler knows its parameters, so it names them: an address with any other parameter is
 * still answered, but not marked, and so never kept. Answers that are not marked keep Spring
 * Security's default, {@code no-store}.
 */
public final class SharedPages {

	/** Pages: kept, but checked with their ETag before each use, so a release shows at once. */
	public static final CacheControl PAGE = CacheControl.noCache().cachePublic();

	/** JSON of the read-only API: it changes only with a release, so clients may keep it an hour. */
	public static final CacheControl API = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private SharedPages() {
	}

	/** Marks the answer to the current request as a shared page, if it names only these parameters. */
	public static void share(HttpServletResponse response, String... knownParameters) {
		share(response, List.of(knownParameters));
	}

	public static void share(HttpServletResponse response, Collection<String> knownParameters) {
		if (namesOnly(knownParameters)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PAGE.getHeaderValue());
		}
	}

	/** {@code shared} when the current request names only these parameters; otherwise nothing to keep. */
	public static CacheControl cacheControl(CacheControl shared, String... knownParameters) {
		return namesOnly(List.of(knownParameters)) ? shared : CacheControl.noStore();
	}

	private static boolean namesOnly(Collection<String> knownParameters) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return knownParameters.containsAll(request.getParameterMap().keySet());
	}

}
