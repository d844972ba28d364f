package io.trainerpath.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps pages that are the same for every visitor (the guide, the FAQ, the directories) as finished
 * bytes, plain and gzipped, with their ETag. A repeat request skips Spring MVC, Thymeleaf and gzip:
 * the benchmark showed rendering and compressing, not the database, as the cost of a page.
 * <p>
 * It sits inside Spring Security's filters, so every answer still gets the security headers. A page is
 * kept only if it came out 200, HTML, without a Set-Cookie and without a CSRF token field. The content
 * changes only with a deployment (a new migration), and a restart empties the cache; so does emptying
 * the {@code pages} cache through the {@code CacheManager}.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** After Spring Security's filter chain (-100), before everything else. */
	static final int ORDER = -90;

	static final String CACHE = "pages";

	private static final int GZIP_FROM_BYTES = 1024;

	private final Cache pages;

	private final List<PathPattern> patterns;

	PageCacheFilter(Cache pages, List<String> paths) {
		this.pages = pages;
		this.patterns = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return patterns.stream().noneMatch(pattern -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Canonical and Open Graph links carry the request's origin, so the origin is part of the key:
		// a forged Host header can then only ever poison its own answers.
		String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
		String key = origin + request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		CachedPage page = pages.get(key, CachedPage.class);
		if (page != null) {
			page.writeTo(request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		byte[] body = rendering.getContentAsByteArray();
		// A HEAD answer has no body to keep; only a GET fills the cache.
		if ("GET".equals(request.getMethod()) && body.length > 0 && isShareable(rendering, body)) {
			CachedPage rendered = CachedPage.of(body, rendering.getContentType(), rendering.getLocale());
			pages.put(key, rendered);
			rendering.setHeader(HttpHeaders.ETAG, rendered.etag());
		}
		rendering.copyBodyToResponse();
	}

	private static boolean isShareable(HttpServletResponse response, byte[] body) {
		String type = response.getContentType();
		return response.getStatus() == 200 && type != null && type.startsWith("text/html")
				&& !response.containsHeader(HttpHeaders.SET_COOKIE)
				&& !response.containsHeader(HttpHeaders.CONTENT_ENCODING)
				&& !new String(body, StandardCharsets.UTF_8).contains("name=\"_csrf\"");
	}

	record CachedPage(byte[] plain, byte[] gzipped, String etag, String contentType, Locale locale) {

		static CachedPage of(byte[] plain, String contentType, Locale locale) {
			byte[] gzipped = plain.length >= GZIP_FROM_BYTES ? gzip(plain) : null;
			// Weak, as ShallowEtagHeaderFilter writes it: the same tag for the plain and the gzipped bytes.
			String etag = "W/\"0" + DigestUtils.md5DigestAsHex(plain) + "\"";
			return new CachedPage(plain, gzipped, etag, contentType, locale);
		}

		int size() {
			return plain.length + (gzipped == null ? 0 : gzipped.length);
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			// This filter answers with its own ETag; the outer ETag filter need not buffer and hash again.
			ShallowEtagHeaderFilter.disableContentCaching(request);
			if (new ServletWebRequest(request, response).checkNotModified(etag)) {
				return;
			}
			response.setLocale(locale);
			response.setContentType(contentType);
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			byte[] body = plain;
			if (gzipped != null && acceptsGzip(request)) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				body = gzipped;
			}
			response.setContentLength(body.length);
			if (!"HEAD".equals(request.getMethod())) {
				response.getOutputStream().write(body);
			}
		}

		private static boolean acceptsGzip(HttpServletRequest request) {
			String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
			return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip");
		}

		private static byte[] gzip(byte[] plain) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(plain);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

}
