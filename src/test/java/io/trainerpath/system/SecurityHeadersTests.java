package io.trainerpath.system;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.trainerpath.support.CsrfTokens;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import io.trainerpath.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers every response carries, checked on the three kinds of response the portal gives: an HTML
 * page, a static file and a JSON answer (a health check and an API problem). Also: no version is ever
 * given away, forms need their CSRF token, the API does not, and oversized bodies are refused unread.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	/** A version number such as "11.0.14" or "Tomcat/11". */
	static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+|Tomcat/\\d|Jetty\\(|Spring Boot \\d");

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/guide", "/assets/css/site.css", "/assets/favicon.svg", "/actuator/health",
			"/api/v1/no-such-thing", "/no-such-page" })
	void everyKindOfResponseCarriesTheSecurityHeaders(String path) {
		HttpResponse<String> response = new Http(port).get(path, path.startsWith("/a") ? "application/json" : "*/*");

		Map<String, String> csp = directives(header(response, "Content-Security-Policy"));
		assertThat(csp).containsEntry("default-src", "'self'")
			.containsEntry("script-src", "'self'")
			.containsEntry("style-src", "'self'")
			.containsEntry("object-src", "'none'")
			.containsEntry("base-uri", "'self'")
			.containsEntry("form-action", "'self'")
			.containsEntry("frame-ancestors", "'none'");
		assertThat(header(response, "Content-Security-Policy")).doesNotContain("unsafe-inline", "unsafe-eval", "*");
		assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(response, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(header(response, "Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
		assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(permissions(header(response, "Permissions-Policy"))).containsEntry("camera", "()")
			.containsEntry("microphone", "()")
			.containsEntry("geolocation", "()")
			.containsEntry("payment", "()")
			.containsEntry("usb", "()");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).as("HSTS over plain HTTP").isEmpty();
		assertThat(response.headers().firstValue("Server")).isEmpty();
		assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/assets/css/site.css", "/actuator/health", "/api/v1/no-such-thing" })
	void requestsThatArrivedOverHttpsGetStrictTransportSecurity(String path) {
		Http http = new Http(port);

		// what a TLS-terminating proxy on the same host or private network adds
		HttpResponse<String> response = http.send(http.request(path).header("X-Forwarded-Proto", "https").GET().build());

		String hsts = header(response, "Strict-Transport-Security");
		assertThat(hsts).contains("includeSubDomains");
		long maxAge = Long.parseLong(hsts.replaceAll(".*max-age=(\\d+).*", "$1"));
		assertThat(maxAge).isGreaterThanOrEqualTo(31_536_000);
	}

	@Test
	void errorPagesNeverNameTheServerOrItsVersion() {
		Http http = new Http(port);

		for (HttpResponse<String> response : List.of(http.get("/no-such-page"),
				http.get("/api/v1/no-such-thing", "application/json"), http.get("/guide/%3Cscript%3E"))) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).doesNotContainPattern(VERSION)
				.doesNotContain("Tomcat", "Apache", "Exception", "Whitelabel", "<script>");
		}
	}

	@Test
	void requestsTomcatRejectsBeforeTheApplicationLeakNothing() {
		// past server.max-http-request-header-size (128 KB), so Tomcat itself refuses these
		String longValue = "a".repeat(200_000);
		List<RawHttp.Response> responses = List.of(
				RawHttp.exchange(port, "GET /" + longValue + " HTTP/1.1"),
				RawHttp.exchange(port, "GET /guide?q=" + longValue + " HTTP/1.1"),
				RawHttp.exchange(port, "GET / HTTP/1.1", "X-Huge: " + longValue),
				RawHttp.exchange(port, "GET /%zz HTTP/1.1", "Accept: text/html"),
				RawHttp.exchange(port, "GET /..%2f..%2fetc%2fpasswd HTTP/1.1"),
				RawHttp.exchange(port, "GET /guide%00.html HTTP/1.1"),
				RawHttp.exchange(port, "GET /a|b<x> HTTP/1.1"),
				RawHttp.exchange(port, "GET / HTTP/1.1", "Content-Length: -1"));

		for (RawHttp.Response response : responses) {
			assertThat(response.status()).as(response.head()).isBetween(400, 499);
			assertThat(response.hasHeader("Server")).as(response.head()).isFalse();
			assertThat(response.hasHeader("Content-Security-Policy")).as(response.head()).isTrue();
			assertThat(response.head() + response.body()).doesNotContainPattern(VERSION)
				.doesNotContain("Tomcat", "Apache", "Exception", "at org.", "passwd");
			assertThat(response.body()).contains("We could not use that request", "Status code " + response.status());
		}
		assertThat(HtmlChecker.errors(responses.get(0).body())).isEmpty();
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefusedWithAFriendlyPage() {
		Http http = new Http(port);

		HttpResponse<String> response = http.send(http.request("/guide")
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("answer=yes"))
			.build());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("We could not accept that form", "nothing was saved")
			.doesNotContain("Exception", "Whitelabel", "Forbidden</h1>");
		assertThat(header(response, "Content-Security-Policy")).contains("default-src 'self'");
	}

	@Test
	void theSameFormWithItsCsrfTokenGetsPastTheCheck() {
		Http http = new Http(port);
		CsrfTokens tokens = CsrfTokens.fresh();

		HttpResponse<String> response = http.send(http.request("/guide")
			.header("Accept", "text/html")
			.header("Cookie", tokens.cookieHeader())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("answer=yes&_csrf=" + tokens.formValue()))
			.build());

		// the guide takes no posts: a 405 proves the token was accepted and only the method refused
		assertThat(response.statusCode()).isEqualTo(405);
	}

	@Test
	void theApiTakesPostsFromClientsWithoutCookies() {
		Http http = new Http(port);

		HttpResponse<String> response = http.send(http.request("/api/v1/no-such-thing")
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"a\":1}"))
			.build());

		assertThat(response.statusCode()).isNotEqualTo(403).isBetween(400, 499);
		assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
	}

	@Test
	void aTwoMegabyteFormIsRefusedUnreadWithAFriendlyPage() {
		Http http = new Http(port);

		// no CSRF token either: a 413 rather than a 403 shows the body was refused before the CSRF check read it
		HttpResponse<String> response = http.send(http.request("/guide")
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("answer=" + "x".repeat(2_000_000)))
			.build());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("That was more than we can accept").doesNotContain("Exception");
		assertThat(header(response, "Content-Security-Policy")).contains("default-src 'self'");
	}

	@Test
	void aTwoMegabyteJsonBodyIsRefusedWithProblemDetails() {
		Http http = new Http(port);

		HttpResponse<String> response = http.send(http.request("/api/v1/no-such-thing")
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"text\":\"" + "x".repeat(2_000_000) + "\"}"))
			.build());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
		assertThat(response.body()).contains("\"status\":413", "\"title\":", "\"detail\":\"The request body is larger");
	}

	@Test
	void aTwoMegabyteFormSentInChunksIsRefusedToo() {
		Http http = new Http(port);
		CsrfTokens tokens = CsrfTokens.fresh();
		byte[] body = ("_csrf=" + tokens.formValue() + "&answer=" + "x".repeat(2_000_000)).getBytes();

		// a body of unknown length arrives in chunks: Tomcat's limit on form posts stops it
		HttpResponse<String> response = http.send(http.request("/guide")
			.header("Accept", "text/html")
			.header("Cookie", tokens.cookieHeader())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
			.build());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void aTwoMegabyteJsonBodySentInChunksIsRefusedWithProblemDetails() {
		Http http = new Http(port);
		byte[] body = ("{\"domain\":\"" + "x".repeat(2_000_000) + "\"}").getBytes();

		// no length to refuse it by: Jackson stops reading at the API's document limit
		HttpResponse<String> response = http.send(http.request("/api/v1/assessments")
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
			.build());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
		assertThat(response.body()).contains("\"status\":413", "\"detail\":\"The request body is larger");
	}

	@Test
	void aSmallFormIsNotRefusedForItsSize() {
		Http http = new Http(port);

		HttpRequest request = http.request("/guide")
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("answer=" + "x".repeat(10_000)))
			.build();

		assertThat(http.send(request).statusCode()).isEqualTo(403);
	}

	private static String header(HttpResponse<String> response, String name) {
		return response.headers()
			.firstValue(name)
			.orElseThrow(() -> new AssertionError(name + " missing on " + response.uri()));
	}

	private static Map<String, String> directives(String policy) {
		return Arrays.stream(policy.split(";"))
			.map(String::trim)
			.filter(d -> !d.isEmpty())
			.collect(Collectors.toMap(d -> d.split("\\s+", 2)[0], d -> d.contains(" ") ? d.split("\\s+", 2)[1] : "",
					(a, b) -> a, LinkedHashMap::new));
	}

	private static Map<String, String> permissions(String policy) {
		return Arrays.stream(policy.split(","))
			.map(String::trim)
			.collect(Collectors.toMap(p -> p.split("=", 2)[0], p -> p.split("=", 2)[1], (a, b) -> a,
					LinkedHashMap::new));
	}

}
