package io.trainerpath.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import io.trainerpath.system.PageCacheFilter.VersionedPages;
import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rendered pages may be shared between visitors, and how a kept page is sent again. */
class PageCacheFilterTests {

	static final String PAGE = "<!DOCTYPE html><html><body>" + "<p>The same words for everyone.</p>".repeat(60)
			+ "</body></html>";

	final AtomicInteger renders = new AtomicInteger();

	/** What the database says about /results/{id} pages: their version, or nothing when gone. */
	final Map<String, String> versions = new HashMap<>();

	final PageCacheFilter filter = new PageCacheFilter(new ConcurrentMapCache("pages"), List.of("/guide/**", "/faq", "/css/**"),
			List.of(new VersionedPages("/results/{id}", variables -> {
				if ("broken".equals(variables.get("id"))) {
					throw new CannotGetJdbcConnectionException("the database is down");
				}
				return Optional.ofNullable(versions.get(variables.get("id")));
			})), "XSRF-TOKEN");

	/** The CSRF token Spring Security would hand this request. */
	String csrfToken;

	@Test
	void aPageThatIsTheSameForEveryoneIsRenderedOnce() throws Exception {
		MockHttpServletResponse first = get("/guide/skills", PAGE, null);
		MockHttpServletResponse second = get("/guide/skills", PAGE, null);

		assertThat(renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo(PAGE);
		assertThat(second.getContentType()).startsWith("text/html");
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("W/\"");
	}

	@Test
	void aKeptPageIsSentGzippedToClientsThatAcceptIt() throws Exception {
		get("/faq", PAGE, null);

		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/faq");
		request.addHeader("Accept-Encoding", "gzip, deflate, br");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> render((HttpServletResponse) res, PAGE, null));

		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(response.getContentAsByteArray().length).isLessThan(PAGE.length() / 5);
		assertThat(gunzip(response.getContentAsByteArray())).isEqualTo(PAGE);
	}

	@Test
	void aKeptPageIsHeldBackUntilTheRequestIsDone() throws Exception {
		String longPage = PAGE.repeat(10);
		get("/faq", longPage, null);
		MockHttpServletResponse again = get("/faq", longPage, null);

		assertThat(longPage.length()).isGreaterThan(new MockHttpServletResponse().getBufferSize());
		assertThat(again.isCommitted()).isFalse();
		assertThat(again.getContentAsString()).isEqualTo(longPage);
	}

	@Test
	void aHeadRequestForAKeptPageGetsItsLengthButNoBody() throws Exception {
		get("/faq", PAGE, null);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("HEAD", "/faq"), response,
				(req, res) -> render((HttpServletResponse) res, "never rendered", null));

		assertThat(response.getContentLength()).isEqualTo(PAGE.length());
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aKeptPageAnswers304ToItsOwnEtag() throws Exception {
		String etag = get("/faq", PAGE, null).getHeader("ETag");

		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/faq");
		request.addHeader("If-None-Match", etag);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> render((HttpServletResponse) res, PAGE, null));

		assertThat(response.getStatus()).isEqualTo(304);
		assertThat(response.getContentLength()).isZero();
	}

	@Test
	void aStaticFileIsKeptWithTheCacheControlItsHandlerSet() throws Exception {
		String css = "body { color: #222; }\n".repeat(100);
		MockHttpServletResponse first = getStatic("/css/site-0123.css", css, 200);
		MockHttpServletResponse second = getStatic("/css/site-0123.css", "never rendered", 200);

		assertThat(renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo(css);
		assertThat(second.getContentType()).isEqualTo("text/css");
		assertThat(second.getHeader("Cache-Control")).isEqualTo(StaticCacheInterceptor.IMMUTABLE);
	}

	@Test
	void aMissingStaticFileIsNotKept() throws Exception {
		getStatic("/css/missing.css", "", 404);
		MockHttpServletResponse later = getStatic("/css/missing.css", "body {}", 200);

		assertThat(renders).hasValue(2);
		assertThat(later.getContentAsString()).isEqualTo("body {}");
	}

	@Test
	void aPageWithoutItsOwnCacheControlGetsNoneFromTheKeptCopy() throws Exception {
		get("/faq", PAGE, null);
		MockHttpServletResponse again = get("/faq", PAGE, null);

		// Spring Security adds its default later, as for a page rendered afresh.
		assertThat(again.getHeader("Cache-Control")).isNull();
	}

	@Test
	void aHeadRequestDoesNotFillTheCacheWithAnEmptyPage() throws Exception {
		MockHttpServletRequest head = new MockHttpServletRequest("HEAD", "/faq");
		filter.doFilter(head, new MockHttpServletResponse(), (req, res) -> render((HttpServletResponse) res, "", null));

		MockHttpServletResponse response = get("/faq", PAGE, null);

		assertThat(response.getContentAsString()).isEqualTo(PAGE);
	}

	@Test
	void aPageAskedForUnderAnotherHostIsKeptApart() throws Exception {
		get("/faq", PAGE, null);
		MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/faq");
		forged.setServerName("evil.example");
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(forged, response, (req, res) -> render((HttpServletResponse) res, "<p>other</p>", null));
		MockHttpServletResponse again = get("/faq", PAGE, null);

		assertThat(renders).hasValue(2);
		assertThat(response.getContentAsString()).isEqualTo("<p>other</p>");
		assertThat(again.getContentAsString()).isEqualTo(PAGE);
	}

	@Test
	void aPageWithAFormIsKeptWithoutItsTokenAndSentWithEachVisitorsOwn() throws Exception {
		csrfToken = "token-of-the-first-visitor";
		get("/guide/skills", form(csrfToken), null);

		csrfToken = "token-of-another-visitor";
		MockHttpServletResponse again = get("/guide/skills", form("never rendered"), null);

		assertThat(renders).hasValue(1);
		assertThat(again.getContentAsString()).isEqualTo(form("token-of-another-visitor"));
		// All of it in the buffer, so Tomcat sends it, with its length, only when the request is done.
		assertThat(again.isCommitted()).isFalse();
		assertThat(again.getBufferSize()).isGreaterThanOrEqualTo(form("token-of-another-visitor").length());
		// The bytes differ per visitor, so there is no shared ETag to answer 304 with.
		assertThat(again.getHeader("ETag")).isNull();
	}

	@Test
	void aPageWithAFormWhoseTokenCannotBeFoundIsNotKept() throws Exception {
		csrfToken = "a-token-the-page-does-not-show";
		get("/guide/skills", form("something-else"), null);
		get("/guide/skills", form("something-else"), null);

		assertThat(renders).hasValue(2);
	}

	@Test
	void aVersionedPageIsKeptWhileItsVersionHolds() throws Exception {
		versions.put("7", "v1");
		get("/results/7", PAGE, null);
		MockHttpServletResponse same = get("/results/7", "<p>not rendered again</p>", null);
		versions.put("7", "v2");
		MockHttpServletResponse changed = get("/results/7", "<p>the new version</p>", null);

		assertThat(renders).hasValue(2);
		assertThat(same.getContentAsString()).isEqualTo(PAGE);
		assertThat(changed.getContentAsString()).isEqualTo("<p>the new version</p>");
	}

	@Test
	void aVersionedPageThatIsGoneIsDroppedAndHandedToItsController() throws Exception {
		versions.put("7", "v1");
		get("/results/7", PAGE, null);
		versions.remove("7");
		MockHttpServletResponse gone = get("/results/7", "<p>not found</p>", null);
		versions.put("7", "v1");
		MockHttpServletResponse back = get("/results/7", "<p>rendered afresh</p>", null);

		assertThat(renders).hasValue(3);
		assertThat(gone.getContentAsString()).isEqualTo("<p>not found</p>");
		assertThat(back.getContentAsString()).isEqualTo("<p>rendered afresh</p>");
	}

	@Test
	void aVersionedPageIsHandedToItsControllerWhenTheDatabaseCannotSayItsVersion() throws Exception {
		MockHttpServletResponse response = get("/results/broken", "<p>a friendly 503 page</p>", null);
		get("/results/broken", "<p>a friendly 503 page</p>", null);

		assertThat(renders).hasValue(2);
		assertThat(response.getContentAsString()).isEqualTo("<p>a friendly 503 page</p>");
	}

	@Test
	void aPageThatSetsACookieIsNeverShared() throws Exception {
		get("/guide/skills", PAGE, new Cookie("draft", "x"));
		get("/guide/skills", PAGE, new Cookie("draft", "x"));

		assertThat(renders).hasValue(2);
	}

	@Test
	void theCsrfCookieDoesNotStopAPageFromBeingKept() throws Exception {
		get("/guide/skills", PAGE, new Cookie("XSRF-TOKEN", "x"));
		get("/guide/skills", PAGE, new Cookie("XSRF-TOKEN", "x"));

		assertThat(renders).hasValue(1);
	}

	@Test
	void pagesOutsideTheListAndOtherQueriesAreRenderedEachTime() throws Exception {
		get("/assessment/result", PAGE, null);
		get("/assessment/result", PAGE, null);
		get("/guide/skills?a=1", PAGE, null);
		get("/guide/skills?a=2", PAGE, null);

		assertThat(renders).hasValue(4);
	}

	private MockHttpServletResponse get(String uri, String body, Cookie cookie) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri);
		if (uri.contains("?")) {
			request.setQueryString(uri.substring(uri.indexOf('?') + 1));
		}
		if (csrfToken != null) {
			request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", csrfToken));
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> render((HttpServletResponse) res, body, cookie));
		return response;
	}

	/** A static file as Spring's resource handler sends it: its type, a year of caching, or a 404. */
	private MockHttpServletResponse getStatic(String uri, String body, int status) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", uri), response, (req, res) -> {
			renders.incrementAndGet();
			HttpServletResponse out = (HttpServletResponse) res;
			out.setStatus(status);
			if (status == 200) {
				out.setContentType("text/css");
				out.setHeader("Cache-Control", StaticCacheInterceptor.IMMUTABLE);
				out.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
			}
		});
		return response;
	}

	private static String form(String token) {
		return PAGE.replace("</body>",
				"<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"" + token + "\"></form></body>");
	}

	private void render(HttpServletResponse response, String body, Cookie cookie) throws IOException {
		renders.incrementAndGet();
		response.setContentType("text/html;charset=UTF-8");
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
