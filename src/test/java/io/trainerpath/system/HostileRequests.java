package io.trainerpath.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.trainerpath.support.Baselines;
import io.trainerpath.support.Endpoints.Endpoint;
import io.trainerpath.support.HostileValues;
import io.trainerpath.support.HostileValues.Category;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests that carry hostile values to one endpoint. Each starts from a valid request (the values
 * the site's own forms and links send), so a hostile value replaces one input while the others stay
 * valid and it travels as far into the application as a real request would.
 */
final class HostileRequests {

	/** trainerpath.request.max-body-size: a longer body is refused before any field is read. */
	static final int BODY_LIMIT = 64 * 1024;

	/** Room left under the body limit for the CSRF token, which is added when the request is sent. */
	private static final int TOKEN_ROOM = 1024;

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SCRIPT = HostileValues.MARKUP.get(0);

	/** One request to send: where the hostile value went, and what to expect. */
	record Probe(String description, HttpMethod method, String address, String contentType, String body,
			String hostile, boolean api) {
	}

	private final Endpoint endpoint;

	private final Map<String, String> variables = new LinkedHashMap<>();

	private final Map<String, String> parameters;

	private final Map<String, String> body = new LinkedHashMap<>();

	HostileRequests(Endpoint endpoint, Baselines baselines) {
		this.endpoint = endpoint;
		Map<String, String> found = baselines.pathVariables(endpoint.pattern());
		endpoint.pathVariables().forEach(name -> variables.put(name, found.getOrDefault(name, "x")));
		this.parameters = new LinkedHashMap<>(baselines.parameters(endpoint.pattern(), endpoint.method().name()));
		endpoint.fields().forEach(name -> parameters.putIfAbsent(name, ""));
		endpoint.bodyFields().forEach(name -> body.put(name, "x"));
	}

	/**
	 * Each input by name ("path {slug}", "field q", "body answers") with one request per category of
	 * hostile value. Within a category the inputs take turns, so different inputs try different values.
	 */
	Map<String, List<Probe>> perInput() {
		Map<String, List<Probe>> inputs = new LinkedHashMap<>();
		int turn = 0;
		for (String variable : variables.keySet()) {
			inputs.put("path {" + variable + "}", eachCategory(turn++, value -> {
				Map<String, String> hostile = new LinkedHashMap<>(variables);
				hostile.put(variable, value);
				return probe(hostile, pairs(parameters), body);
			}, false));
		}
		for (String field : parameters.keySet()) {
			inputs.put("field " + field, eachCategory(turn++, value -> {
				Map<String, String> hostile = new LinkedHashMap<>(parameters);
				hostile.put(field, value);
				return probe(variables, pairs(hostile), body);
			}, endpoint.changesState() && !endpoint.takesJson()));
		}
		for (String field : body.keySet()) {
			inputs.put("body " + field, eachCategory(turn++, value -> {
				Map<String, String> hostile = new LinkedHashMap<>(body);
				hostile.put(field, value);
				return probe(variables, pairs(parameters), hostile);
			}, true));
		}
		return inputs;
	}

	/**
	 * One probe per category. A body over the limit is refused before any field is read (the size limit
	 * is probed on its own), so an input sent in the body gets the longest value that fits instead of
	 * 100 KB, and the long value does reach it.
	 */
	private List<Probe> eachCategory(int turn, Function<String, Probe> carrying, boolean inBody) {
		List<Probe> probes = new ArrayList<>();
		for (Category category : HostileValues.CATEGORIES) {
			String value = category.pick(turn);
			String name = category.name();
			if (inBody && value.length() > BODY_LIMIT - TOKEN_ROOM) {
				int room = BODY_LIMIT - TOKEN_ROOM - carrying.apply("").body().getBytes(StandardCharsets.UTF_8).length;
				value = value.substring(0, room);
				name = "longest value under the body limit (" + room / 1024 + " KB)";
			}
			Probe probe = carrying.apply(value);
			probes.add(new Probe(name, probe.method(), probe.address(), probe.contentType(), probe.body(), value,
					probe.api()));
		}
		return probes;
	}

	/**
	 * Requests wrong as a whole: every parameter twice (the second time as a script), none at all,
	 * malformed JSON, a body of the wrong type, and for a JSON endpoint a form body.
	 */
	List<Probe> wholeRequest() {
		List<Map.Entry<String, String>> repeated = new ArrayList<>();
		(parameters.isEmpty() ? Map.of("x", "1") : parameters).forEach((name, value) -> {
			repeated.add(Map.entry(name, value));
			repeated.add(Map.entry(name, SCRIPT));
		});
		List<Probe> probes = new ArrayList<>();
		probes.add(named("repeated parameters", probe(variables, repeated, body), SCRIPT));
		probes.add(named("missing parameters", probe(variables, List.of(), Map.of()), null));
		String address = address(variables, endpoint.changesState() ? List.of() : pairs(parameters));
		probes.add(new Probe("malformed JSON", endpoint.method(), address, "application/json",
				"{\"answer\": [1, 2, {\"x\": \"" + SCRIPT, SCRIPT, endpoint.api()));
		probes.add(new Probe("wrong content type (XML)", endpoint.method(), address, "application/xml",
				"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", null,
				endpoint.api()));
		probes.add(new Probe("wrong content type (text)", endpoint.method(), address, "text/plain;charset=UTF-8",
				"a=b&" + SCRIPT, SCRIPT, endpoint.api()));
		if (endpoint.takesJson()) {
			probes.add(new Probe("form body to a JSON endpoint", endpoint.method(), address,
					"application/x-www-form-urlencoded", form(pairs(parameters)), null, endpoint.api()));
		}
		return probes;
	}

	/** The valid request with a 2 MB value in its first input, sent where this endpoint's client sends it. */
	Probe withTwoMegabytes() {
		if (endpoint.takesJson()) {
			Map<String, String> huge = new LinkedHashMap<>(body);
			huge.put(body.isEmpty() ? "x" : body.keySet().iterator().next(), HostileValues.TWO_MEGABYTES);
			return named("2 MB JSON body", probe(variables, pairs(parameters), huge), null);
		}
		Map<String, String> huge = new LinkedHashMap<>(parameters);
		huge.put(parameters.isEmpty() ? "x" : parameters.keySet().iterator().next(), HostileValues.TWO_MEGABYTES);
		return named(endpoint.changesState() ? "2 MB form body" : "2 MB query string",
				probe(variables, pairs(huge), body), null);
	}

	private static Probe named(String description, Probe probe, String hostile) {
		return new Probe(description, probe.method(), probe.address(), probe.contentType(), probe.body(), hostile,
				probe.api());
	}

	/** A request carrying these inputs the way a client of this endpoint would send them. */
	private Probe probe(Map<String, String> variables, List<Map.Entry<String, String>> parameters,
			Map<String, String> body) {
		if (endpoint.takesJson()) {
			return new Probe("", endpoint.method(), address(variables, parameters), "application/json",
					JSON.writeValueAsString(body), null, endpoint.api());
		}
		if (endpoint.changesState()) {
			return new Probe("", endpoint.method(), address(variables, List.of()),
					"application/x-www-form-urlencoded", form(parameters), null, endpoint.api());
		}
		return new Probe("", endpoint.method(), address(variables, parameters), null, null, null, endpoint.api());
	}

	private static List<Map.Entry<String, String>> pairs(Map<String, String> values) {
		return new ArrayList<>(values.entrySet());
	}

	private String address(Map<String, String> variables, List<Map.Entry<String, String>> parameters) {
		Matcher variable = PATH_VARIABLE.matcher(endpoint.pattern());
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String value = variables.getOrDefault(variable.group(1), "x");
			variable.appendReplacement(path,
					Matcher.quoteReplacement(UriUtils.encodePathSegment(value, StandardCharsets.UTF_8)));
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

}
