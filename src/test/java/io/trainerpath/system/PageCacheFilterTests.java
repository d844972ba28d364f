package io.trainerpath.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rendered pages may be shared between visitors, and how a kept page is sent again. */
class PageCacheFilterTests {

	static final String PAGE = "<!DOCTYPE html><html><body>" + "<p>The same words for everyone.</p>".repeat(60)
			+ "</body></html>";

	final AtomicInteger renders = new AtomicInteger();

	final PageCacheFilter filter = new PageCacheFilter(new ConcurrentMapCache("pages"), List.of("/guide/**", "/faq"));

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
	void aPageWithACsrfTokenIsNeverShared() throws Exception {
		String form = "<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"abc\"></form>";

		get("/guide/skills", form, null);
		get("/guide/skills", form, null);

		assertThat(renders).hasValue(2);
	}

	@Test
	void aPageThatSetsACookieIsNeverShared() throws Exception {
		get("/guide/skills", PAGE, new Cookie("draft", "x"));
		get("/guide/skills", PAGE, new Cookie("draft", "x"));

		assertThat(renders).hasValue(2);
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
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> render((HttpServletResponse) res, body, cookie));
		return response;
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
