package io.trainerpath.system;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Cache headers for static files: a name with a content hash never changes, so it is kept for a
 * year without asking again; a plain name ({@code /css/site.css}, {@code /robots.txt}) may change
 * with the next release, so it is checked every time.
 */
class StaticCacheInterceptor implements HandlerInterceptor {

	static final String IMMUTABLE = "max-age=31536000, public, immutable";

	static final String REVALIDATE = "no-cache";

	private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof ResourceHttpRequestHandler) {
			response.setHeader(HttpHeaders.CACHE_CONTROL,
					HASHED.matcher(request.getRequestURI()).matches() ? IMMUTABLE : REVALIDATE);
		}
		return true;
	}

}
