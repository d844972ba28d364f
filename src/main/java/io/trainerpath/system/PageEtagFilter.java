package io.trainerpath.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * An ETag for every HTML page, computed from the rendered bytes, so a browser that already has the
 * page gets an empty 304. Pages are marked {@code private, no-cache}: browsers keep them but ask each
 * time, shared caches never keep them. A page with a form carries a CSRF token masked afresh for every
 * response, so its ETag differs every time and it is never answered with a stale 304 — correct, if
 * less thrifty. The tag is weak because Tomcat may gzip the bytes it was computed from.
 */
class PageEtagFilter extends ShallowEtagHeaderFilter {

	/** Before Spring Security's filter chain (-100). */
	static final int ORDER = -200;

	static final String PAGE_CACHE_CONTROL = "private, no-cache";

	PageEtagFilter() {
		setWriteWeakETag(true);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// A visitor's own quiz pages stay no-store (Spring Security's default): nothing personal is kept.
		return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/css/")
				|| path.startsWith("/assessment/")
				|| path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/favicon")
				|| path.startsWith("/v3/") || path.startsWith("/swagger-ui");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
			FilterChain filterChain) throws ServletException, IOException {
		// Set first: Spring Security's cache headers step aside when a Cache-Control is already there.
		response.setHeader(HttpHeaders.CACHE_CONTROL, PAGE_CACHE_CONTROL);
		super.doFilterInternal(request, response, filterChain);
	}

	@Override
	protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response, int responseStatusCode,
			java.io.InputStream inputStream) {
		String type = response.getContentType();
		return type != null && type.startsWith("text/html")
				&& super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
	}

}
