package io.trainerpath.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Which answers may be shared between visitors, how they are keyed, and how a kept one is sent again. */
class PageCacheFilterTests {

	static final String PAGE = "<!DOCTYPE html><html><body>" + "<p>The same words for everyone.</p>".repeat(60)
			+ "</body></html>";

	static final String SHARED = "no-cache, public";

	final AtomicInteger renders = new AtomicInteger();

	final ConcurrentMapCache cache = new ConcurrentMapCache("pages");

	final PageCacheFilter filter = new PageCacheFilter(cache, 200);

	@Test
	void anAnswerItsHandlerMarkedPublicIsRenderedOnce() throws Exception {
		MockHttpServletResponse first = get("/guide/skills", PAGE, SHARED);
		MockHttpServletResponse second = get("/guide/skills", PAGE, SHARED);

		assertThat(renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo(PAGE);
		assertThat(second.getContentType()).startsWith("text/html");
		assertThat(second.getHeader("Cache-Control")).isEqualTo(SHARED);
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("W/\"");
	}

	@Test
	void anAnswerNotMarkedPublicIsNeverKept() throws Exception {
		get("/assessment/abc/results", PAGE, null);
		get("/assessment/abc/results", PAGE, "no-store");
		get("/assessment/abc/results", PAGE, "private, no-cache");

		assertThat(renders).hasValue(3);
		assertThat(cache.getNativeCache()).isEmpty();
	}

	@Test
	void anErrorIsNeverKept() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/salary/estimate");
		for (int i = 0; i < 2; i++) {
			filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
				render((HttpServletResponse) res, PAGE, SHARED, null);
				((HttpServletResponse) res).setStatus(400);
			});
		}

		assertThat(renders).hasValue(2);
	}

	@Test
	void theOrderOfParametersDoesNotMakeAnotherPage() throws Exception {
		get("/search?q=pay&page=2", PAGE, SHARED);
		get("/search?page=2&q=pay", PAGE, SHARED);
		get("/search?q=pay+rate", PAGE, SHARED);
		get("/search?q=pay%20rate", PAGE, SHARED);

		assertThat(renders).hasValue(2);
	}

	@Test
	void anAddressOverTheLimitIsAnsweredButNeverKept() throws Exception {
		String junk = "/salary?z=" + "k".repeat(300);

		get(junk, PAGE, SHARED);
		MockHttpServletResponse again = get(junk, PAGE, SHARED);

		assertThat(renders).hasValue(2);
		assertThat(again.getContentAsString()).isEqualTo(PAGE);
		assertThat(cache.getNativeCache()).isEmpty();
	}

	@Test
	void aKeptPageWeighsItsAddressAsWellAsItsBytes() {
		PageCacheFilter.KeptPage page = PageCacheFilter.KeptPage.of(PAGE.getBytes(StandardCharsets.UTF_8), "text/html",
				SHARED);

		int shortKey = PageCacheFilter.weight("http://localhost:80/faq", page);
		int longKey = PageCacheFilter.weight("http://localhost:80/faq|1:q=1000:" + "k".repeat(1000), page);

		assertThat(shortKey).isGreaterThan(page.size());
		assertThat(longKey - shortKey).isGreaterThanOrEqualTo(2 * 1000);
	}

	@Test
	void aKeptPageIsSentGzippedToClientsThatAcceptIt() throws Exception {
		get("/faq", PAGE, SHARED);

		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/faq");
		request.addHeader("Accept-Encoding", "gzip, deflate, br");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> render((HttpServletResponse) res, PAGE, SHARED, null));

		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(response.getContentAsByteArray().length).isLessThan(PAGE.length() / 5);
		assertThat(gunzip(response.getContentAsByteArray())).isEqualTo(PAGE);
	}

	@Test
	void aKeptPageIsHeldBackUntilTheRequestIsDone() throws Exception {
		String longPage = PAGE.repeat(10);
		get("/faq", longPage, SHARED);
		MockHttpServletResponse again = get("/faq", longPage, SHARED);

		assertThat(longPage.length()).isGreaterThan(new MockHttpServletResponse().getBufferSize());
		assertThat(again.isCommitted()).isFalse();
		assertThat(again.getContentAsString()).isEqualTo(longPage);
	}

	@Test
	void aHeadRequestForAKeptPageGetsItsLengthButNoBody() throws Exception {
		get("/faq", PAGE, SHARED);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("HEAD", "/faq"), response,
				(req, res) -> render((HttpServletResponse) res, "never rendered", SHARED, null));

		assertThat(response.getContentLength()).isEqualTo(PAGE.length());
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aHeadRequestDoesNotFillTheCacheWithAnEmptyPage() throws Exception {
		filter.doFilter(new MockHttpServletRequest("HEAD", "/faq"), new MockHttpServletResponse(),
				(req, res) -> render((HttpServletResponse) res, "", SHARED, null));

		assertThat(cache.getNativeCache()).isEmpty();
	}

	@Test
	void aSharedPageAnswers304ToItsOwnEtagWhetherKeptOrNot() throws Exception {
		String etag = get("/faq", PAGE, SHARED).getHeader("ETag");

		MockHttpServletResponse kept = getWithEtag("/faq", etag);
		cache.clear();
		MockHttpServletResponse renderedAgain = getWithEtag("/faq", etag);

		assertThat(kept.getStatus()).isEqualTo(304);
		assertThat(renderedAgain.getStatus()).isEqualTo(304);
		assertThat(renderedAgain.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aStaticFileIsKeptWithTheCacheControlItsHandlerSet() throws Exception {
		String css = "body { color: #222; }\n".repeat(100);
		String year = "max-age=31536000, public";
		MockHttpServletResponse first = get("/assets/css/site-0123.css", css, year);
		MockHttpServletResponse second = get("/assets/css/site-0123.css", "never rendered", year);

		assertThat(renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo(css);
		assertThat(second.getHeader("Cache-Control")).isEqualTo(year);
	}

	@Test
	void aPageThatSetsACookieIsNeverShared() throws Exception {
		get("/guide/skills", PAGE, SHARED, new Cookie("draft", "x"));
		get("/guide/skills", PAGE, SHARED, new Cookie("draft", "x"));

		assertThat(renders).hasValue(2);
	}

	@Test
	void aPageWithAFormTokenIsNeverShared() throws Exception {
		String form = PAGE.replace("</body>",
				"<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"abc\"></form></body>");

		get("/assessment", form, SHARED);
		get("/assessment", form, SHARED);

		assertThat(renders).hasValue(2);
	}

	@Test
	void aPageAskedForUnderAnotherHostIsKeptApart() throws Exception {
		get("/faq", PAGE, SHARED);
		MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/faq");
		forged.setServerName("evil.example");
		filter.doFilter(forged, new MockHttpServletResponse(),
				(req, res) -> render((HttpServletResponse) res, PAGE, SHARED, null));

		assertThat(renders).hasValue(2);
	}

	@Test
	void eachColourSchemeGetsItsOwnCopyOfAPage() throws Exception {
		MockHttpServletResponse dark = inScheme("dark", null);
		MockHttpServletResponse light = inScheme("light", null);
		MockHttpServletResponse system = inScheme(null, null);

		assertThat(List.of(inScheme("dark", null), inScheme("light", null), inScheme(null, null),
				inScheme("system", null), inScheme("purple", null)))
			.extracting(MockHttpServletResponse::getContentAsString)
			.containsExactly(schemePage("dark"), schemePage("light"), schemePage("system"), schemePage("system"),
					schemePage("system"));
		assertThat(renders).hasValue(3);
		assertThat(Set.of(dark.getHeader("ETag"), light.getHeader("ETag"), system.getHeader("ETag"))).hasSize(3);
	}

	@Test
	void aKeptPageOfOneSchemeNeverAnswers304ToAVisitorOfAnother() throws Exception {
		String darkEtag = inScheme("dark", null).getHeader("ETag");
		inScheme("light", null);

		MockHttpServletResponse light = inScheme("light", darkEtag);
		MockHttpServletResponse dark = inScheme("dark", darkEtag);

		assertThat(light.getStatus()).isEqualTo(200);
		assertThat(light.getContentAsString()).isEqualTo(schemePage("light"));
		assertThat(dark.getStatus()).isEqualTo(304);
	}

	@Test
	void aKeptPageTellsOtherCachesThatItVariesByCookie() throws Exception {
		MockHttpServletResponse first = get("/faq", PAGE, SHARED);
		MockHttpServletResponse kept = get("/faq", PAGE, SHARED);

		assertThat(first.getHeaders("Vary")).contains("Cookie");
		assertThat(kept.getHeader("Vary")).contains("Cookie");
	}

	@Test
	void postsPassThroughUntouched() throws Exception {
		for (int i = 0; i < 2; i++) {
			filter.doFilter(new MockHttpServletRequest("POST", "/faq"), new MockHttpServletResponse(),
					(req, res) -> render((HttpServletResponse) res, PAGE, SHARED, null));
		}

		assertThat(renders).hasValue(2);
		assertThat(cache.getNativeCache()).isEmpty();
	}

	private MockHttpServletResponse get(String uri, String body, String cacheControl) throws Exception {
		return get(uri, body, cacheControl, null);
	}

	private MockHttpServletResponse get(String uri, String body, String cacheControl, Cookie cookie) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request(uri), response, (req, res) -> render((HttpServletResponse) res, body, cacheControl, cookie));
		return response;
	}

	private MockHttpServletResponse getWithEtag(String uri, String etag) throws Exception {
		MockHttpServletRequest request = request(uri);
		request.addHeader("If-None-Match", etag);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> render((HttpServletResponse) res, PAGE, SHARED, null));
		return response;
	}

	/** /faq with the given scheme cookie (none when null), drawn by a handler that reads the cookie. */
	private MockHttpServletResponse inScheme(String cookie, String etag) throws Exception {
		MockHttpServletRequest request = request("/faq");
		if (cookie != null) {
			request.setCookies(new Cookie(ColourScheme.COOKIE, cookie));
		}
		if (etag != null) {
			request.addHeader("If-None-Match", etag);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> render((HttpServletResponse) res,
				schemePage(ColourScheme.of((HttpServletRequest) req).value()), SHARED, null));
		return response;
	}

	private static String schemePage(String scheme) {
		return PAGE.replace("<html>", "<html data-scheme=\"" + scheme + "\">");
	}

	/** A request as Tomcat hands it on: the query string both raw and parsed into parameters. */
	private static MockHttpServletRequest request(String uri) {
		int query = uri.indexOf('?');
		MockHttpServletRequest request = new MockHttpServletRequest("GET", query < 0 ? uri : uri.substring(0, query));
		if (query >= 0) {
			request.setQueryString(uri.substring(query + 1));
			for (String pair : uri.substring(query + 1).split("&")) {
				String[] parts = pair.split("=", 2);
				request.addParameter(decode(parts[0]), decode(parts.length > 1 ? parts[1] : ""));
			}
		}
		return request;
	}

	private static String decode(String text) {
		return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private void render(HttpServletResponse response, String body, String cacheControl, Cookie cookie)
			throws IOException {
		renders.incrementAndGet();
		response.setContentType("text/html;charset=UTF-8");
		if (cacheControl != null) {
			response.setHeader("Cache-Control", cacheControl);
		}
		if (cookie != null) {
			response.addCookie(cookie);
		}
		response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
