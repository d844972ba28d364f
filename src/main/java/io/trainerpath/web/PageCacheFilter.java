package io.trainerpath.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the finished bytes of shared answers, so the next request for the same address skips Spring
 * MVC, Thymeleaf and gzip: rendering, not the database, is what a page costs. An answer is shared when
 * its handler marked it {@code Cache-Control: public} ({@code io.trainerpath.web.SharedPages}), it came
 * out 200, set no cookie and holds no form token. The filter knows no paths; everything else, personal
 * pages included, passes through. Pages are drawn in the visitor's colour scheme, so the scheme is part
 * of the key. Shared answers carry an ETag and answer 304 to it, kept or not. It
 * sits inside Spring Security's filters, so kept answers still get every security header.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** After Spring Security's filter chain (-100), before everything else. */
	static final int ORDER = -90;

	static final String CACHE = "pages";

	private static final int GZIP_FROM_BYTES = 1024;

	/** What an entry costs beyond its key and bytes: the objects that hold them, roughly. */
	private static final int ENTRY_OVERHEAD = 256;

	private static final String FORM_TOKEN = "name=\"_csrf\"";

	private final Cache pages;

	private final int maximumAddressLength;

	PageCacheFilter(Cache pages, int maximumAddressLength) {
		this.pages = pages;
		this.maximumAddressLength = maximumAddressLength;
	}

	static int weight(String key, KeptPage page) {
		return ENTRY_OVERHEAD + 2 * key.length() + page.size();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		KeptPage kept = key == null ? null : pages.get(key, KeptPage.class);
		if (kept != null && kept.acceptableTo(request.getHeader(HttpHeaders.ACCEPT))) {
			kept.writeTo(request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		byte[] body = rendering.getContentAsByteArray();
		// A HEAD answer has no body to keep; only a GET fills the cache.
		if (key != null && "GET".equals(request.getMethod()) && isShared(rendering, body)) {
			KeptPage page = KeptPage.of(body, rendering.getContentType(), rendering.getHeader(HttpHeaders.CACHE_CONTROL));
			pages.put(key, page);
			response.setHeader(HttpHeaders.ETAG, page.etag());
			response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
			if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
				return;
			}
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * The colour scheme the page is drawn in (a visitor's choice changes the page's bytes), the origin
	 * (canonical links carry it, so a forged Host header only ever poisons its own answers), the path
	 * and the parameters in name order, each name and value preceded by its length so the key is
	 * unambiguous whatever they hold; null when the address is too long to keep.
	 */
	String key(HttpServletRequest request) {
		String query = request.getQueryString();
		String path = request.getRequestURI();
		if (path.length() + (query == null ? 0 : query.length()) > maximumAddressLength) {
			return null;
		}
		StringBuilder key = new StringBuilder(ColourScheme.of(request).value()).append(' ')
			.append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(path);
		if (query != null) {
			for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
				for (String value : parameter.getValue()) {
					key.append('|').append(parameter.getKey().length()).append(':').append(parameter.getKey());
					key.append('=').append(value.length()).append(':').append(value);
				}
			}
		}
		return key.toString();
	}

	private static boolean isShared(HttpServletResponse response, byte[] body) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return response.getStatus() == HttpServletResponse.SC_OK && body.length > 0 && cacheControl != null
				&& cacheControl.contains("public") && !response.containsHeader(HttpHeaders.SET_COOKIE)
				&& !response.containsHeader(HttpHeaders.CONTENT_ENCODING)
				&& !new String(body, StandardCharsets.ISO_8859_1).contains(FORM_TOKEN);
	}

	/** A kept answer: its bytes, also gzipped when large enough to gain, and its headers. */
	record KeptPage(byte[] plain, byte[] gzipped, String etag, String contentType, String cacheControl) {

		static KeptPage of(byte[] plain, String contentType, String cacheControl) {
			byte[] gzipped = plain.length >= GZIP_FROM_BYTES ? gzip(plain) : null;
			// Weak, as Spring's ShallowEtagHeaderFilter writes it: the same tag for plain and gzipped bytes.
			return new KeptPage(plain, gzipped, "W/\"0" + DigestUtils.md5DigestAsHex(plain) + "\"", contentType,
					cacheControl);
		}

		int size() {
			return plain.length + (gzipped == null ? 0 : gzipped.length);
		}

		/** Whether an Accept header allows this answer's type; most clients send none, or one with *&#47;*. */
		boolean acceptableTo(String accept) {
			if (accept == null || accept.contains("*/*")) {
				return true;
			}
			try {
				MediaType type = MediaType.parseMediaType(contentType);
				return MediaType.parseMediaTypes(accept).stream().anyMatch(asked -> asked.includes(type));
			}
			catch (InvalidMediaTypeException ex) {
				return false;
			}
		}

		/**
		 * Hands Tomcat's own response a buffer that holds the whole answer, without declaring its length:
		 * Tomcat sends it, with its Content-Length, once the request is done. Declared here, the length
		 * would complete the answer while this thread still unwinds the filters, and a quick client's next
		 * request on that connection could jump the queue (p99 of 100-250 ms in the benchmark).
		 */
		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			if (new ServletWebRequest(request, response).checkNotModified(etag)) {
				return;
			}
			response.setContentType(contentType);
			// the key holds the colour scheme, which comes from a cookie
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.COOKIE);
			response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
			String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
			boolean gzip = gzipped != null && acceptEncoding != null && acceptEncoding.contains("gzip");
			if (gzip) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			byte[] bytes = gzip ? gzipped : plain;
			ServletResponse server = response;
			while (server instanceof ServletResponseWrapper wrapper) {
				server = wrapper.getResponse();
			}
			if ("HEAD".equals(request.getMethod())) {
				server.setContentLength(bytes.length);
				return;
			}
			server.setBufferSize(Math.max(server.getBufferSize(), bytes.length));
			response.getOutputStream().write(bytes);
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
