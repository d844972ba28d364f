package io.trainerpath.assessment.web;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.trainerpath.support.Http;

/**
 * A browser-like client for the quiz over real HTTP: it keeps the CSRF cookie the app sets and
 * copies the hidden _csrf field from the last form it saw into each post. A new client is a fresh
 * browser with no cookies.
 */
class QuizClient {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("/assessment/([A-Za-z0-9_-]{22})");

	private static final Pattern PLAN = Pattern.compile("/plan/([A-Za-z0-9_-]{22})");

	private static final Pattern STEP = Pattern.compile("<li class=\"task[^\"]*\" id=\"step-([a-z0-9-]+)\"");

	final Http http;

	private String csrfCookie;

	private String csrfField;

	QuizClient(Http http) {
		this.http = http;
	}

	HttpResponse<String> get(String path) {
		HttpRequest.Builder request = http.request(path).header("Accept", "text/html").GET();
		return remember(http.send(withCookie(request).build()));
	}

	/** Posts form fields (each pair a name and a value; names may repeat) with the CSRF token. */
	HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
		String body = java.util.stream.Stream
			.concat(csrfField == null ? java.util.stream.Stream.empty()
					: java.util.stream.Stream.of(Map.entry("_csrf", csrfField)), fields.stream())
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return postRaw(path, body);
	}

	HttpResponse<String> post(String path, Map<String, String> fields) {
		return post(path, List.copyOf(fields.entrySet()));
	}

	HttpResponse<String> postRaw(String path, String body) {
		HttpRequest.Builder request = http.request(path)
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return remember(http.send(withCookie(request).build()));
	}

	String csrfField() {
		return csrfField;
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect"))
			.replaceFirst("^https?://[^/]+", "");
	}

	static String tokenIn(String path) {
		Matcher matcher = TOKEN.matcher(path);
		if (!matcher.find()) {
			throw new AssertionError("no token in " + path);
		}
		return matcher.group(1);
	}

	/** The plan's token named in a page (its private link). */
	static String planIn(String page) {
		Matcher matcher = PLAN.matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("no plan link in the page");
		}
		return matcher.group(1);
	}

	/** The slugs of the steps on a plan page, in order. */
	static List<String> stepsIn(String planPage) {
		return STEP.matcher(planPage).results().map(match -> match.group(1)).toList();
	}

	/** The version a step's form carries on a plan page: the first version field after the step's heading. */
	static String versionIn(String planPage, String step) {
		int at = planPage.indexOf("id=\"step-" + step + "\"");
		Matcher matcher = Pattern.compile("name=\"version\" value=\"(-?[0-9]+)\"").matcher(planPage);
		if (at < 0 || !matcher.find(at)) {
			throw new AssertionError("no form for step " + step);
		}
		return matcher.group(1);
	}

	/** The status a plan page shows for a step, as the person reads it. */
	static String statusIn(String planPage, String step) {
		int at = planPage.indexOf("id=\"step-" + step + "\"");
		Matcher matcher = Pattern.compile("class=\"task-status\">([^<]+)<").matcher(planPage);
		if (at < 0 || !matcher.find(at)) {
			throw new AssertionError("no step " + step);
		}
		return matcher.group(1);
	}

	/** Saves one step of a plan as its form would, from the version last shown. */
	HttpResponse<String> saveStep(String plan, String step, String status, String note) {
		String page = get("/plan/" + plan).body();
		return post("/plan/" + plan + "/steps/" + step,
				Map.of("status", status, "note", note, "version", versionIn(page, step)));
	}

	private HttpRequest.Builder withCookie(HttpRequest.Builder request) {
		if (csrfCookie != null) {
			request.header("Cookie", "XSRF-TOKEN=" + csrfCookie);
		}
		return request;
	}

	private HttpResponse<String> remember(HttpResponse<String> response) {
		response.headers().allValues("Set-Cookie").forEach(cookie -> {
			if (cookie.startsWith("XSRF-TOKEN=")) {
				String value = cookie.substring("XSRF-TOKEN=".length()).split(";", 2)[0];
				csrfCookie = value.isEmpty() ? null : value;
			}
		});
		Matcher matcher = CSRF_FIELD.matcher(response.body());
		if (matcher.find()) {
			csrfField = matcher.group(1);
		}
		return response;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
