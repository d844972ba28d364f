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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.trainerpath.support.Baselines;
import io.trainerpath.support.CsrfTokens;
import io.trainerpath.support.DatabaseSnapshot;
import io.trainerpath.support.Endpoints;
import io.trainerpath.support.Endpoints.Endpoint;
import io.trainerpath.support.HostileValues;
import io.trainerpath.support.HostileValues.Category;
import io.trainerpath.support.Http;
import io.trainerpath.support.Sitemap;
import io.trainerpath.support.StackTraces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values sent to every input of every endpoint the controllers declare, found at test time
 * from Spring MVC's handler mappings: path variables, parameters, form fields, JSON body fields. Each
 * input gets every category of {@link HostileValues} once; each endpoint also gets repeated and missing
 * parameters, a wrong content type, malformed JSON and a 2 MB value. For every answer: no 5xx, no
 * stack trace, markup never reflected unescaped, a 4xx explains itself (an error page with a heading,
 * or problem details with a title and a detail), and a refused request changed no row of any table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTests {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int BODY_LIMIT = 64 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	JdbcTemplate jdbc;

	/** One request to send: where the hostile value went, and what to expect. */
	record Probe(String description, HttpMethod method, String address, String contentType, String body,
			String hostile, boolean api) {
	}

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

	@Test
	void noHostileInputBreaksAnyFormOrEndpoint() {
		Http http = new Http(port);
		List<Endpoint> endpoints = Endpoints.discover(mapping);
		Baselines baselines = Baselines.from(http, Sitemap.paths(http));
		List<String> problems = new ArrayList<>();
		int sent = 0;

		DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
		for (Endpoint endpoint : endpoints) {
			for (Probe probe : probes(endpoint, baselines)) {
				sent++;
				before = check(http, probe, before, problems);
			}
		}

		assertThat(sent).isGreaterThanOrEqualTo(endpoints.size() * 5);
		assertThat(problems).as("%d requests to %d endpoints", sent, endpoints.size()).isEmpty();
	}

	private List<Probe> probes(Endpoint endpoint, Baselines baselines) {
		Map<String, String> variables = new LinkedHashMap<>();
		Map<String, String> found = baselines.pathVariables(endpoint.pattern());
		endpoint.pathVariables().forEach(name -> variables.put(name, found.getOrDefault(name, "x")));
		Map<String, String> parameters = new LinkedHashMap<>(
				baselines.parameters(endpoint.pattern(), endpoint.method().name()));
		endpoint.fields().forEach(name -> parameters.putIfAbsent(name, ""));
		Map<String, String> body = new LinkedHashMap<>();
		endpoint.bodyFields().forEach(name -> body.put(name, "x"));

		List<Probe> probes = new ArrayList<>();
		int turn = 0;
		for (String variable : endpoint.pathVariables()) {
			for (Category category : HostileValues.CATEGORIES) {
				Map<String, String> hostile = new LinkedHashMap<>(variables);
				hostile.put(variable, category.pick(turn));
				probes.add(probe(endpoint, "path {" + variable + "} " + category.name(), hostile, pairs(parameters),
						body, category.pick(turn)));
			}
			turn++;
		}
		for (String field : parameters.keySet()) {
			for (Category category : HostileValues.CATEGORIES) {
				Map<String, String> hostile = new LinkedHashMap<>(parameters);
				hostile.put(field, category.pick(turn));
				probes.add(probe(endpoint, "field " + field + " " + category.name(), variables, pairs(hostile), body,
						category.pick(turn)));
			}
			turn++;
		}
		for (String field : body.keySet()) {
			for (Category category : HostileValues.CATEGORIES) {
				Map<String, String> hostile = new LinkedHashMap<>(body);
				hostile.put(field, category.pick(turn));
				probes.add(probe(endpoint, "body " + field + " " + category.name(), variables, pairs(parameters),
						hostile, category.pick(turn)));
			}
			turn++;
		}

		// the whole request at once: every parameter twice, none at all, and a value of 2 MB
		String script = HostileValues.MARKUP.get(0);
		List<Map.Entry<String, String>> repeated = new ArrayList<>();
		(parameters.isEmpty() ? Map.of("x", "1") : parameters).forEach((name, value) -> {
			repeated.add(Map.entry(name, value));
			repeated.add(Map.entry(name, script));
		});
		probes.add(probe(endpoint, "repeated parameters", variables, repeated, body, script));
		probes.add(probe(endpoint, "missing parameters", variables, List.of(), Map.of(), null));
		if (endpoint.takesJson()) {
			Map<String, String> huge = new LinkedHashMap<>(body);
			huge.put(body.isEmpty() ? "x" : body.keySet().iterator().next(), HostileValues.TWO_MEGABYTES);
			probes.add(probe(endpoint, "2 MB value", variables, pairs(parameters), huge, null));
		}
		else {
			Map<String, String> huge = new LinkedHashMap<>(parameters);
			huge.put(parameters.isEmpty() ? "x" : parameters.keySet().iterator().next(), HostileValues.TWO_MEGABYTES);
			probes.add(probe(endpoint, "2 MB value", variables, pairs(huge), body, null));
		}

		String address = address(endpoint, variables, endpoint.changesState() ? List.of() : pairs(parameters));
		probes.add(new Probe("malformed JSON", endpoint.method(), address, "application/json",
				"{\"answer\": [1, 2, {\"x\": \"" + script, script, endpoint.api()));
		probes.add(new Probe("wrong content type (XML)", endpoint.method(), address, "application/xml",
				"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", null,
				endpoint.api()));
		probes.add(new Probe("wrong content type (text)", endpoint.method(), address, "text/plain;charset=UTF-8",
				"a=b&" + script, script, endpoint.api()));
		if (endpoint.takesJson()) {
			probes.add(new Probe("form body to a JSON endpoint", endpoint.method(), address,
					"application/x-www-form-urlencoded", form(pairs(parameters)), null, endpoint.api()));
		}
		return probes;
	}

	/** A request carrying these inputs the way a client of this endpoint would send them. */
	private Probe probe(Endpoint endpoint, String description, Map<String, String> variables,
			List<Map.Entry<String, String>> parameters, Map<String, String> body, String hostile) {
		if (endpoint.takesJson()) {
			return new Probe(description, endpoint.method(), address(endpoint, variables, parameters),
					"application/json", JSON.writeValueAsString(body), hostile, endpoint.api());
		}
		if (endpoint.changesState()) {
			return new Probe(description, endpoint.method(), address(endpoint, variables, List.of()),
					"application/x-www-form-urlencoded", form(parameters), hostile, endpoint.api());
		}
		return new Probe(description, endpoint.method(), address(endpoint, variables, parameters), null, null, hostile,
				endpoint.api());
	}

	private static List<Map.Entry<String, String>> pairs(Map<String, String> values) {
		return new ArrayList<>(values.entrySet());
	}

	private static String address(Endpoint endpoint, Map<String, String> variables,
			List<Map.Entry<String, String>> parameters) {
		Matcher variable = PATH_VARIABLE.matcher(endpoint.pattern());
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String value = variables.getOrDefault(variable.group(1), "x");
			variable.appendReplacement(path, Matcher.quoteReplacement(UriUtils.encodePathSegment(value, StandardCharsets.UTF_8)));
		}
		variable.appendTail(path);
		return parameters.isEmpty() ? path.toString() : path + "?" + form(parameters);
	}

	private static String form(List<Map.Entry<String, String>> parameters) {
		return parameters.stream()
			.map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** Sends the probe, records what is wrong with the answer, and returns the database state after it. */
	private DatabaseSnapshot check(Http http, Probe probe, DatabaseSnapshot before, List<String> problems) {
		String label = probe.method() + " " + abbreviate(probe.address()) + " [" + probe.description() + "]";
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
		boolean oversized = body != null && body.getBytes(StandardCharsets.UTF_8).length > BODY_LIMIT;

		HttpResponse<String> response;
		try {
			response = http.send(request.build());
		}
		catch (UncheckedIOException ex) {
			// Tomcat closes the connection on a request line far beyond its limit; that is a refusal too
			if (!probe.address().contains(HostileValues.TWO_MEGABYTES.substring(0, 1000))) {
				problems.add(label + ": connection failed: " + ex.getMessage());
			}
			return before;
		}

		int status = response.statusCode();
		String type = response.headers().firstValue("Content-Type").orElse("");
		String text = response.body();
		if (status >= 500) {
			problems.add(label + ": answered " + status);
		}
		if (oversized && status != 413) {
			problems.add(label + ": a body over the limit answered " + status + ", not 413");
		}
		if (StackTraces.appearIn(text)) {
			problems.add(label + ": shows a stack trace or exception name");
		}
		if (type.contains("json")) {
			try {
				JsonNode json = JSON.readTree(text.isEmpty() ? "{}" : text);
				if (status >= 400 && (json.path("title").asString("").isBlank() || json.path("detail").asString("").isBlank())) {
					problems.add(label + ": " + status + " without a problem title and detail: " + abbreviate(text));
				}
			}
			catch (RuntimeException ex) {
				problems.add(label + ": answered JSON that does not parse: " + abbreviate(text));
			}
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

		DatabaseSnapshot after = DatabaseSnapshot.of(jdbc);
		if (status >= 400) {
			after.differencesFrom(before).forEach(change -> problems.add(label + ": refused, yet changed " + change));
		}
		return after;
	}

	private static String abbreviate(String text) {
		return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " chars)";
	}

}
