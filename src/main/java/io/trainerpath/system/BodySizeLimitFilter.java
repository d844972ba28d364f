package io.trainerpath.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body whose declared length is over the limit with 413 before anything reads it. It sits in
 * Spring Security's chain after the header writer, so the refusal carries every security header, and
 * before the CSRF check, which would be first to read a form. Bodies sent in chunks are bounded where they
 * are read: forms by Tomcat ({@code server.tomcat.max-http-form-post-size}), JSON by Jackson
 * ({@code spring.jackson.factory.constraints.read.max-document-length}).
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	BodySizeLimitFilter(long limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
