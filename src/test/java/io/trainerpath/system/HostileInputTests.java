package io.trainerpath.system;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.trainerpath.support.Baselines;
import io.trainerpath.support.CsrfTokens;
import io.trainerpath.support.DatabaseSnapshot;
import io.trainerpath.support.Endpoints;
import io.trainerpath.support.Endpoints.Endpoint;
import io.trainerpath.support.HostileValues;
import io.trainerpath.support.HtmlChecker;
import io.trainerpath.support.Http;
import io.trainerpath.support.Sitemap;
import io.trainerpath.support.StackTraces;
import io.trainerpath.system.HostileRequests.Probe;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Hostile values sent to every input of every endpoint the controllers declare, found at test time
 * from Spring MVC's handler mappings: path variables, parameters, form fields, JSON body fields. Each
 * input is a test that sends every category of {@link HostileValues} to it; each endpoint also gets
 * repeated and missing parameters, wrong content types and malformed JSON, and each size limit is
 * probed once. For every answer: no 5xx, no stack trace, markup never reflected unescaped, a 4xx
 * explains itself (an error page with a heading, or problem details with a title and a detail), and a
 * refused request changed no row of any table. GET requests change no table at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	JdbcTemplate jdbc;

	private Http http;

	/** Every table as last seen: after the last request that could change one, or the last check. */
	private DatabaseSnapshot tables;

	@Test
	void findsTheControllersEndpointsAndTheirInputs() {
		List<Endpoint> endpoints = Endpoints.discover(mapping);

		assertThat(endpoints).extracting(Endpoint::toString)
			.contains("GET /", "GET /guide", "GET /guide/{slug}", "GET /faq")
			.doesNotContain("GET /error");
		assertThat(endpoints).filteredOn(e -> e.pattern().equals("/guide/{slug}"))
			.singleElement()
			.satisfies(e -> assertThat(e.pathVariables()).containsExactly("slug"));
	}

	/** One container per endpoint, one test per input and per request wrong as a whole; then the limits. */
	@TestFactory
	Stream<DynamicContainer> noHostileInputBreaksAnyFormOrEndpoint() {
		http = new Http(port);
		List<Endpoint> endpoints = Endpoints.discover(mapping);
		Baselines baselines = Baselines.from(http, Sitemap.paths(http));
		tables = DatabaseSnapshot.of(jdbc);

		List<DynamicContainer> containers = new ArrayList<>();
		Map<String, Probe> limits = new LinkedHashMap<>();
		for (Endpoint endpoint : endpoints) {
			HostileRequests requests = new HostileRequests(endpoint, baselines);
			Map<String, List<Probe>> tests = new LinkedHashMap<>(requests.perInput());
			requests.wholeRequest().forEach(probe -> tests.put(probe.description(), List.of(probe)));
			containers.add(container(endpoint.toString(), tests));
			Probe huge = requests.withTwoMegabytes();
			limits.putIfAbsent(huge.description() + (endpoint.api() ? " to the API" : " to a page"), huge);
		}
		containers.add(container("size limits", sizeLimitTests(limits)));
		return containers.stream();
	}

	/**
	 * Tomcat refuses a request line over its limit, and the one security filter chain a body over the
	 * limit, before any handler is chosen; only the answer's format depends on the address. So one
	 * endpoint per limit and format stands for all. Bodies go first, so the GETs' table check follows them.
	 */
	private static Map<String, List<Probe>> sizeLimitTests(Map<String, Probe> limits) {
		Map<String, List<Probe>> tests = new LinkedHashMap<>();
		for (boolean bodies : List.of(true, false)) {
			limits.forEach((limit, probe) -> {
				if (changesState(probe) == bodies) {
					String path = probe.address().replaceFirst("\\?.*", "");
					tests.put(limit + ": " + probe.method() + " " + path, List.of(probe));
				}
			});
		}
		return tests;
	}

	/** A test for each group of probes, then, if any were GETs, one that checks they changed no table. */
	private DynamicContainer container(String name, Map<String, List<Probe>> probesByTest) {
		List<DynamicTest> tests = new ArrayList<>();
		List<Probe> gets = new ArrayList<>();
		probesByTest.forEach((test, probes) -> {
			tests.add(DynamicTest.dynamicTest(test, () -> assertNoProblems(name + " " + test, probes)));
			probes.stream().filter(probe -> !changesState(probe)).forEach(gets::add);
		});
		if (!gets.isEmpty()) {
			tests.add(DynamicTest.dynamicTest("changes no table", () -> assertNoTableChanged(name, gets)));
		}
		return DynamicContainer.dynamicContainer(name, tests);
	}

	/** Surefire reports a dynamic test by number, so the message names its place. */
	private void assertNoProblems(String place, List<Probe> probes) {
		List<String> problems = new ArrayList<>();
		probes.forEach(probe -> problems.addAll(problemsWith(probe)));
		assertThat(problems).as("%s, %d requests", place, probes.size()).isEmpty();
	}

	/**
	 * A GET must leave every table as it was, so its tables are compared once, after all of its probes;
	 * only when something changed is each probe sent again on its own to find which did it.
	 */
	private void assertNoTableChanged(String place, List<Probe> probes) {
		DatabaseSnapshot before = tables;
		tables = DatabaseSnapshot.of(jdbc);
		List<String> changes = tables.differencesFrom(before);
		if (changes.isEmpty()) {
			return;
		}
		List<String> culprits = new ArrayList<>();
		for (Probe probe : probes) {
			DatabaseSnapshot ahead = DatabaseSnapshot.of(jdbc);
			send(probe);
			DatabaseSnapshot.of(jdbc).differencesFrom(ahead).forEach(change -> culprits.add(label(probe) + ": " + change));
		}
		tables = DatabaseSnapshot.of(jdbc);
		fail("%s: GET requests changed %s; sent again one at a time, these changed something: %s", place, changes,
				culprits);
	}

	/** Sends the probe and lists what is wrong with the answer, and with the tables if it could change them. */
	private List<String> problemsWith(Probe probe) {
		List<String> problems = new ArrayList<>();
		String label = label(probe);
		DatabaseSnapshot before = tables;

		HttpResponse<String> response;
		try {
			response = send(probe);
		}
		catch (UncheckedIOException ex) {
			// Tomcat closes the connection on a request line far beyond its limit; that is a refusal too
			if (!probe.address().contains(HostileValues.TWO_MEGABYTES.substring(0, 1000))) {
				problems.add(label + ": connection failed: " + ex.getMessage());
			}
			if (changesState(probe)) {
				tables = DatabaseSnapshot.of(jdbc);
			}
			return problems;
		}

		int status = response.statusCode();
		String type = response.headers().firstValue("Content-Type").orElse("");
		String text = response.body();
		if (status >= 500) {
			problems.add(label + ": answered " + status);
		}
		if (probe.body() != null && probe.body().getBytes(StandardCharsets.UTF_8).length > HostileRequests.BODY_LIMIT
				&& status != 413) {
			problems.add(label + ": a body over the limit answered " + status + ", not 413");
		}
		if (StackTraces.appearIn(text)) {
			problems.add(label + ": shows a stack trace or exception name");
		}
		if (type.contains("json")) {
			problems.addAll(problemsWithJson(label, status, text));
		}
		else {
			if (probe.hostile() != null && HostileValues.MARKUP.stream()
				.anyMatch(markup -> probe.hostile().contains(markup) && text.contains(markup))) {
				problems.add(label + ": sent the markup back unescaped");
			}
			if (status >= 400 && !(type.startsWith("text/html") && text.contains("<h1"))) {
				problems.add(label + ": " + status + " without an explanation (" + type + ")");
			}
		}

		if (changesState(probe)) {
			tables = DatabaseSnapshot.of(jdbc);
			if (status >= 400) {
				tables.differencesFrom(before).forEach(change -> problems.add(label + ": refused, yet changed " + change));
			}
		}
		return problems;
	}

	private static List<String> problemsWithJson(String label, int status, String text) {
		try {
			JsonNode json = JSON.readTree(text.isEmpty() ? "{}" : text);
			if (status >= 400 && (json.path("title").asString("").isBlank() || json.path("detail").asString("").isBlank())) {
				return List.of(label + ": " + status + " without a problem title and detail: " + abbreviate(text));
			}
			return List.of();
		}
		catch (RuntimeException ex) {
			return List.of(label + ": answered JSON that does not parse: " + abbreviate(text));
		}
	}

	/** The probe as a client of its endpoint sends it: a CSRF token with every page's form. */
	private HttpResponse<String> send(Probe probe) {
		HttpRequest.Builder request = http.request(probe.address())
			.timeout(Duration.ofSeconds(60))
			.header("Accept", probe.api() ? "application/json" : "text/html");
		String body = probe.body();
		if (body != null && !probe.api() && probe.method() != HttpMethod.GET) {
			CsrfTokens tokens = CsrfTokens.fresh();
			request.header("Cookie", tokens.cookieHeader());
			String token = "_csrf=" + tokens.formValue();
			body = probe.contentType().startsWith("application/x-www-form-urlencoded")
					? (body.isEmpty() ? token : body + "&" + token) : body;
			if (!probe.contentType().startsWith("application/x-www-form-urlencoded")) {
				request.header("X-XSRF-TOKEN", tokens.formValue());
			}
		}
		if (probe.contentType() != null) {
			request.header("Content-Type", probe.contentType());
		}
		request.method(probe.method().name(),
				body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		return http.send(request.build());
	}

	/** Requests that may change a table, so the tables are compared around each one. */
	private static boolean changesState(Probe probe) {
		return probe.method() != HttpMethod.GET && probe.method() != HttpMethod.HEAD;
	}

	private static String label(Probe probe) {
		return probe.method() + " " + abbreviate(probe.address()) + " [" + probe.description() + "]";
	}

	private static String abbreviate(String text) {
		return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " chars)";
	}

	// ==== Hostile search queries (issue #18) ====

	/** Lucene's syntax, wildcards, fuzzy marks, unbalanced quotes, 10,000 characters, control characters. */
	static final List<String> HOSTILE_QUERIES = List.of("title:pay AND (quiz OR", "pay^10 +rate -quiz", "pay~2", "~",
			"*", "*pay*", "?", "pa?", "\"unbalanced quote", "pay\"", "\"", "[a TO z]", "{pay TO", "/regex.*/",
			"pay && quiz || !rate", "\\", "(((", "AND", "NOT OR", "<script>alert(1)</script>", "x".repeat(10_000),
			"pay ".repeat(2_500), "\u0000pay", "pay\u0007\u001b[31m", "\r\n\tpay", "\u202epay", ":", "-");

	private static final Pattern SEARCH_ANSWER = Pattern
		.compile("id=\"search-count\"|<div class=\"search-messages\">\\s*<p>");

	@Test
	void hostileSearchQueriesAreSearchedAsPlainWordsAndAnsweredClearly() {
		Http http = new Http(port);
		List<String> problems = new ArrayList<>();

		for (String query : HOSTILE_QUERIES) {
			HttpResponse<String> response = http.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));

			String label = "/search?q=" + abbreviate(query.replaceAll("\\p{Cc}", "?"));
			String html = response.body();
			if (response.statusCode() != 200) {
				problems.add(label + ": answered " + response.statusCode());
			}
			if (!SEARCH_ANSWER.matcher(html).find()) {
				problems.add(label + ": neither results nor a reason why there are none");
			}
			if (StackTraces.appearIn(html) || html.contains("<script>")) {
				problems.add(label + ": shows a stack trace or the markup it was sent");
			}
			if (query.length() > 100 && !html.contains("only the start of it was used")) {
				problems.add(label + ": does not say that the query was cut short");
			}
			HtmlChecker.errors(html).forEach(error -> problems.add(label + ": invalid HTML: " + error));
		}

		assertThat(problems).isEmpty();
	}

}
