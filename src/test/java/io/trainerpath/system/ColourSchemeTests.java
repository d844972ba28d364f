package io.trainerpath.system;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The colour switch over real HTTP: the cookie it sets, where it sends the visitor back to (never off
 * the site), and shared pages that the page cache keeps apart per scheme.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ColourSchemeTests {

	@LocalServerPort
	int port;

	@Test
	void choosingDarkKeepsItForAYearAndGoesBackToThePage() {
		HttpResponse<String> response = new Http(port).get("/scheme?set=dark&return=/search?q%3Dpay%26page%3D2");

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/search?q=pay&page=2");
		assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
			.startsWith("scheme=dark;")
			.contains("Path=/", "Max-Age=31536000", "SameSite=Lax", "HttpOnly"));
	}

	@Test
	void choosingTheDevicesSchemeForgetsTheCookie() {
		HttpResponse<String> response = new Http(port).get("/scheme?set=system&return=/guide");

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/guide");
		assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				cookie -> assertThat(cookie).startsWith("scheme=system;").contains("Max-Age=0"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example/", "/\\evil.example", "https://evil.example/", "evil.example",
			"javascript:alert(1)", "/\r\nSet-Cookie: x=1", "/guide%zz", "/<script>", "" })
	void neverSendsTheVisitorOffTheSite(String back) {
		HttpResponse<String> response = new Http(port)
			.get("/scheme?set=light&return=" + URLEncoder.encode(back, StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/");
	}

	@Test
	void aReturnAddressOverTheLimitGoesHome() {
		String longest = "/search?q=" + "a".repeat(ColourSchemeController.MAXIMUM_RETURN_LENGTH - 10);

		assertThat(ColourSchemeController.sameSitePathOrHome(longest)).isEqualTo(longest);
		assertThat(ColourSchemeController.sameSitePathOrHome(longest + "a")).isEqualTo("/");
	}

	@Test
	void anUnknownSchemeIsAnExplainedBadRequest() {
		HttpResponse<String> response = new Http(port).get("/scheme?set=purple&return=/");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(response.body()).contains("<h1");
	}

	@Test
	void everyPageLinksTheSwitchBackToItselfAndMarksTheCurrentChoice() {
		String html = get("/search?q=pay", "dark").body();

		assertThat(html).contains("href=\"/scheme?set=light&amp;return=/search?q%3Dpay\"")
			.containsPattern("aria-current=\"true\"\\s+href=\"/scheme\\?set=dark&amp;")
			.doesNotContainPattern("aria-current=\"true\"\\s+href=\"/scheme\\?set=(light|system)&amp;");
	}

	@Test
	void theDarkStylesheetAppliesAlwaysWhenTheDeviceDecidesOrNever() {
		assertThat(get("/", "dark").body()).contains("<meta name=\"color-scheme\" content=\"dark\">")
			.containsPattern("dark-[0-9a-f]+\\.css\"\\s+media=\"screen\">");
		assertThat(get("/", null).body()).contains("<meta name=\"color-scheme\" content=\"light dark\">")
			.containsPattern("dark-[0-9a-f]+\\.css\"\\s+media=\"screen and \\(prefers-color-scheme: dark\\)\">");
		assertThat(get("/", "light").body()).contains("<meta name=\"color-scheme\" content=\"light\">")
			.doesNotContain("dark-");
	}

	@Test
	void aSharedPageIsNeverServedFromTheCacheInAnotherScheme() {
		// twice each, so the second answer comes from the page cache
		for (int round = 0; round < 2; round++) {
			for (String scheme : new String[] { "dark", "light", null, "system", "nonsense" }) {
				String expected = scheme == null || !Set.of("dark", "light").contains(scheme) ? "light dark" : scheme;
				assertThat(get("/faq", scheme).body()).as("%s, round %d", scheme, round)
					.contains("<meta name=\"color-scheme\" content=\"" + expected + "\">");
			}
		}
	}

	@Test
	void eachSchemeHasItsOwnEtagAndAnotherSchemesEtagGetsTheWholePage() {
		HttpResponse<String> dark = get("/faq", "dark");
		HttpResponse<String> light = get("/faq", "light");
		HttpResponse<String> device = get("/faq", null);
		String darkEtag = dark.headers().firstValue("ETag").orElseThrow();

		assertThat(Set.of(darkEtag, light.headers().firstValue("ETag").orElseThrow(),
				device.headers().firstValue("ETag").orElseThrow())).hasSize(3);
		assertThat(dark.headers().allValues("Vary")).anyMatch(vary -> vary.toLowerCase(Locale.ROOT).contains("cookie"));
		assertThat(conditionalGet("/faq", "light", darkEtag).statusCode()).isEqualTo(200);
		assertThat(conditionalGet("/faq", "light", darkEtag).body()).contains("content=\"light\"");
		assertThat(conditionalGet("/faq", "dark", darkEtag).statusCode()).isEqualTo(304);
	}

	private HttpResponse<String> get(String path, String scheme) {
		return conditionalGet(path, scheme, null);
	}

	private HttpResponse<String> conditionalGet(String path, String scheme, String etag) {
		Http http = new Http(port);
		var request = http.request(path).header("Accept", "text/html");
		if (scheme != null) {
			request.header("Cookie", "scheme=" + scheme);
		}
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		return http.send(request.GET().build());
	}

}
