package io.trainerpath.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.cache.Cache;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps rendered pages as finished bytes, so a repeat request skips Spring MVC, Thymeleaf and gzip:
 * the benchmark showed rendering and compressing, not the database, as the cost of a page.
 * <ul>
 * <li><b>Shared pages</b> ({@link PageCacheProperties#paths()}) depend on nothing but their address:
 * the guide, the directories, a salary estimate (page or JSON), a search, the stylesheet and icon. Their
 * content changes only with a deployment.</li>
 * <li><b>Versioned pages</b> belong to one visitor (a quiz result). For each request a version is read
 * from the database; the kept bytes are served only while it is unchanged, and dropped when the page
 * is gone. The database stays the only truth, so every instance answers alike.</li>
 * </ul>
 * A form's CSRF token is not kept: the bytes around it are, and each answer gets the visitor's own
 * token, exactly as a fresh rendering would. The filter sits inside Spring Security's filters, so
 * every answer still gets the security headers and the CSRF cookie. A page is kept only if it came
 * out 200, as HTML, JSON, CSS or SVG, and set no cookie but the CSRF one; its Cache-Control goes with
 * it. A restart empties the cache; so does emptying the {@code pages} cache through the
 * {@code CacheManager}.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** After Spring Security's filter chain (-100), before everything else. */
	static final int ORDER = -90;

	static final String CACHE = "pages";

	private static final int GZIP_FROM_BYTES = 1024;

	private static final List<String> KEPT_TYPES = List.of(MediaType.TEXT_HTML_VALUE,
			MediaType.APPLICATION_JSON_VALUE, "text/css", "image/svg+xml");

	private static final byte[] CSRF_FIELD = "name=\"_csrf\"".getBytes(StandardCharsets.UTF_8);

	/** The version of a shared page: the same for everyone, for as long as the deployment runs. */
	private static final String SHARED = "";

	private final Cache pages;

	private final List<PathPattern> shared;

	private final Map<PathPattern, VersionedPages> versioned = new LinkedHashMap<>();

	private final String csrfCookie;

	/**
	 * Pages whose kept bytes are valid only for one version of stored data.
	 *
	 * @param pattern the pages' path pattern, such as {@code /assessment/{token}/results}
	 * @param version the current version, from the pattern's variables; empty when the page is not
	 * to be kept (not there, or not finished)
	 */
	record VersionedPages(String pattern, Function<Map<String, String>, Optional<String>> version) {
	}

	PageCacheFilter(Cache pages, List<String> sharedPaths, List<VersionedPages> versioned, String csrfCookie) {
		this.pages = pages;
		this.shared = sharedPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		versioned.forEach(each -> this.versioned.put(PathPatternParser.defaultInstance.parse(each.pattern()), each));
		this.csrfCookie = csrfCookie;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		PathContainer path = path(request);
		return shared.stream().noneMatch(pattern -> pattern.matches(path))
				&& versioned.keySet().stream().noneMatch(pattern -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Canonical and Open Graph links carry the request's origin, so the origin is part of the key:
		// a forged Host header can then only ever poison its own answers.
		String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
		String key = origin + request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		Optional<String> version;
		try {
			version = currentVersion(path(request));
		}
		catch (DataAccessException ex) {
			// The page's own handler meets the same outage and answers with the friendly 503 page.
			chain.doFilter(request, response);
			return;
		}
		if (version.isEmpty()) {
			// Gone or not finished: whatever was kept must not be served again, here or later.
			pages.evict(key);
			chain.doFilter(request, response);
			return;
		}
		CachedPage page = pages.get(key, CachedPage.class);
		if (page != null && page.version().equals(version.get())) {
			page.writeTo(request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		byte[] body = rendering.getContentAsByteArray();
		// A HEAD answer has no body to keep; only a GET fills the cache.
		if ("GET".equals(request.getMethod()) && body.length > 0 && isKeepable(rendering)) {
			CachedPage rendered = CachedPage.of(body, csrfToken(request, body), rendering.getContentType(),
					rendering.getLocale(), rendering.getHeader(HttpHeaders.CACHE_CONTROL), version.get());
			if (rendered != null) {
				pages.put(key, rendered);
				if (!rendered.hasCsrfToken()) {
					rendering.setHeader(HttpHeaders.ETAG, rendered.etag());
				}
			}
		}
		rendering.copyBodyToResponse();
	}

	private Optional<String> currentVersion(PathContainer path) {
		for (Map.Entry<PathPattern, VersionedPages> pages : versioned.entrySet()) {
			PathPattern.PathMatchInfo match = pages.getKey().matchAndExtract(path);
			if (match != null) {
				return pages.getValue().version().apply(match.getUriVariables());
			}
		}
		return Optional.of(SHARED);
	}

	private static PathContainer path(HttpServletRequest request) {
		return PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
	}

	private boolean isKeepable(HttpServletResponse response) {
		String type = response.getContentType();
		return response.getStatus() == 200 && type != null && KEPT_TYPES.stream().anyMatch(type::startsWith)
				&& response.getHeaders(HttpHeaders.SET_COOKIE).stream().allMatch(c -> c.startsWith(csrfCookie + "="))
				&& !response.containsHeader(HttpHeaders.CONTENT_ENCODING);
	}

	/** The token the page was rendered with, if it has a form that carries one. */
	private static String csrfToken(HttpServletRequest request, byte[] body) {
		if (indexOf(body, CSRF_FIELD, 0) < 0) {
			return null;
		}
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return token == null ? "" : token.getToken();
	}

	static int indexOf(byte[] bytes, byte[] part, int from) {
		outer: for (int i = from; i + part.length <= bytes.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/**
	 * A kept page. {@code pieces} is the page cut where its CSRF token stood (a single piece when it
	 * has none); {@code gzipped} and the ETag serve pages without a token, which are the same for all.
	 */
	record CachedPage(List<byte[]> pieces, byte[] gzipped, String etag, String contentType, Locale locale,
			String cacheControl, String version) {

		private static final byte[] NO_TOKEN = {};

		/**
		 * Null when the page has a form but its token cannot be found in it: then it is not kept.
		 * {@code cacheControl} is the one its handler set (a year for a hashed file name), or null when
		 * Spring Security's default is to be added as for any page.
		 */
		static CachedPage of(byte[] plain, String csrfToken, String contentType, Locale locale, String cacheControl,
				String version) {
			if (csrfToken != null) {
				List<byte[]> pieces = cut(plain, csrfToken.getBytes(StandardCharsets.UTF_8));
				return pieces.size() < 2 ? null
						: new CachedPage(pieces, null, null, contentType, locale, cacheControl, version);
			}
			byte[] gzipped = plain.length >= GZIP_FROM_BYTES ? gzip(plain) : null;
			// Weak, as ShallowEtagHeaderFilter writes it: the same tag for the plain and the gzipped bytes.
			String etag = "W/\"0" + DigestUtils.md5DigestAsHex(plain) + "\"";
			return new CachedPage(List.of(plain), gzipped, etag, contentType, locale, cacheControl, version);
		}

		boolean hasCsrfToken() {
			return pieces.size() > 1;
		}

		int size() {
			return pieces.stream().mapToInt(piece -> piece.length).sum() + (gzipped == null ? 0 : gzipped.length);
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			// This filter answers with its own ETag; the outer ETag filter need not buffer and hash again.
			ShallowEtagHeaderFilter.disableContentCaching(request);
			if (hasCsrfToken()) {
				writeWithToken(request, response);
				return;
			}
			if (new ServletWebRequest(request, response).checkNotModified(etag)) {
				return;
			}
			writeHead(response);
			boolean gzip = gzipped != null && acceptsGzip(request);
			if (gzip) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			send(request, response, List.of(gzip ? gzipped : pieces.get(0)), NO_TOKEN);
		}

		/** The visitor's own token (this also sets the CSRF cookie when the visitor has none yet). */
		private void writeWithToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
			CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			byte[] token = (csrf == null ? "" : csrf.getToken()).getBytes(StandardCharsets.UTF_8);
			writeHead(response);
			send(request, response, pieces, token);
		}

		/**
		 * Writes the parts, joined by {@code between}, into a buffer that holds all of them, without
		 * declaring their length: Tomcat then
		 * sends it, with its Content-Length, once the request is done. Declared here, the length would
		 * complete the answer at once, while this thread still unwinds the filters; a quick client's next
		 * request on that connection would then already be waiting, and on a busy CPU the thread would
		 * serve that connection again and again while others wait (p99 of 100-250 ms in the benchmark).
		 */
		private static void send(HttpServletRequest request, HttpServletResponse response, List<byte[]> parts,
				byte[] between) throws IOException {
			int length = between.length * (parts.size() - 1);
			for (byte[] part : parts) {
				length += part.length;
			}
			// Tomcat's own response: wrappers (the ETag filter's) keep a length and a buffer size to
			// themselves, and pass on a length only with a body.
			ServletResponse server = response;
			while (server instanceof ServletResponseWrapper wrapper) {
				server = wrapper.getResponse();
			}
			if ("HEAD".equals(request.getMethod())) {
				server.setContentLength(length);
				return;
			}
			server.setBufferSize(Math.max(server.getBufferSize(), length));
			ServletOutputStream out = response.getOutputStream();
			for (int i = 0; i < parts.size(); i++) {
				if (i > 0) {
					out.write(between);
				}
				out.write(parts.get(i));
			}
		}

		private void writeHead(HttpServletResponse response) {
			response.setLocale(locale);
			response.setContentType(contentType);
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			if (cacheControl != null) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
			}
		}

		private static List<byte[]> cut(byte[] plain, byte[] token) {
			List<byte[]> pieces = new ArrayList<>();
			int start = 0;
			for (int at = indexOf(plain, token, 0); token.length > 0 && at >= 0; at = indexOf(plain, token, start)) {
				pieces.add(Arrays.copyOfRange(plain, start, at));
				start = at + token.length;
			}
			pieces.add(Arrays.copyOfRange(plain, start, plain.length));
			return List.copyOf(pieces);
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
