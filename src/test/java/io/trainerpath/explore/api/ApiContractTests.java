package io.trainerpath.explore.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the OpenAPI document and calls every documented GET path, so endpoints added by any feature
 * are checked without anyone listing them. A path variable takes the parameter's documented example,
 * or else the matching field of the first item of the collection one level up (or of an item created
 * by POSTing the documented example body, where the collection cannot be listed); a required query
 * parameter must carry an example. Every response must answer 200 with the schema's required fields.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiContractTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	/** This feature's endpoints; the document may hold more from other features. */
	static final List<String> OWN_PATHS = List.of("/api/v1/guide-sections", "/api/v1/guide-sections/{slug}",
			"/api/v1/faq", "/api/v1/faq/{slug}", "/api/v1/skills", "/api/v1/skills/{slug}", "/api/v1/roadmap-steps",
			"/api/v1/roadmap-steps/{slug}", "/api/v1/work-types", "/api/v1/work-types/{slug}", "/api/v1/career-roles",
			"/api/v1/career-roles/{slug}", "/api/v1/platforms", "/api/v1/platforms/{slug}",
			"/api/v1/platform-categories", "/api/v1/domains", "/api/v1/domains/{slug}");

	@LocalServerPort
	int port;

	@Test
	void documentsEveryEndpointOfThisFeature() {
		JsonNode document = apiDocs();

		List<String> paths = new ArrayList<>();
		document.get("paths").propertyNames().forEach(paths::add);

		assertThat(document.get("openapi").asString()).startsWith("3.");
		assertThat(paths).containsAll(OWN_PATHS).allMatch(path -> path.startsWith("/api/"));
	}

	@Test
	void everyDocumentedGetAnswersWithTheDocumentedRequiredFields() {
		Http http = new Http(port);
		JsonNode document = apiDocs();
		List<String> problems = new ArrayList<>();
		int called = 0;

		for (Map.Entry<String, JsonNode> entry : properties(document.get("paths")).entrySet()) {
			JsonNode get = entry.getValue().get("get");
			if (get == null) {
				continue;
			}
			String path;
			try {
				path = concretePath(http, entry.getKey(), get);
			}
			catch (IllegalStateException ex) {
				problems.add(entry.getKey() + ": " + ex.getMessage());
				continue;
			}
			HttpResponse<String> response = http.get(path, "application/json");
			called++;
			if (response.statusCode() != 200) {
				problems.add(path + " answered " + response.statusCode());
				continue;
			}
			JsonNode schema = successSchema(get);
			if (schema != null) {
				checkAgainst(document, schema, JSON.readTree(response.body()), path, problems);
			}
		}

		assertThat(called).isGreaterThanOrEqualTo(OWN_PATHS.size());
		assertThat(problems).isEmpty();
	}

	@Test
	void everyDocumentedItemPathAnswersAnUnknownSlugWithTheDocumentedProblem() {
		Http http = new Http(port);
		JsonNode document = apiDocs();
		List<String> problems = new ArrayList<>();
		int called = 0;

		for (Map.Entry<String, JsonNode> entry : properties(document.get("paths")).entrySet()) {
			JsonNode get = entry.getValue().get("get");
			if (get == null || !entry.getKey().contains("{")) {
				continue;
			}
			String path = VARIABLE.matcher(entry.getKey()).replaceAll("no-such-thing-0");
			HttpResponse<String> response = http.get(path, "application/json");
			called++;
			JsonNode documented = get.path("responses").path("404").path("content").path("application/problem+json");
			if (response.statusCode() != 404 || documented.isMissingNode()) {
				problems.add(path + " answered " + response.statusCode() + (documented.isMissingNode()
						? " and documents no 404 problem" : ""));
				continue;
			}
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			checkAgainst(document, documented.get("schema"), JSON.readTree(response.body()), path, problems);
		}

		assertThat(called).isGreaterThanOrEqualTo(8);
		assertThat(problems).isEmpty();
	}

	@Test
	void everyOperationDocumentsTheNotAcceptableProblem() {
		JsonNode document = apiDocs();
		List<String> missing = new ArrayList<>();

		for (Map.Entry<String, JsonNode> entry : properties(document.get("paths")).entrySet()) {
			for (Map.Entry<String, JsonNode> operation : properties(entry.getValue()).entrySet()) {
				if (!operation.getValue().path("responses").has("406")) {
					missing.add(operation.getKey() + " " + entry.getKey());
				}
			}
		}

		assertThat(missing).isEmpty();
	}

	private String concretePath(Http http, String template, JsonNode operation) {
		Matcher variables = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String value = example(operation, "path", name);
			if (value == null) {
				value = fromCollection(http, template.substring(0, variables.start() - 1), name);
			}
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variables.appendTail(path);
		List<String> query = new ArrayList<>();
		for (JsonNode parameter : iterable(operation.get("parameters"))) {
			if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean(false)) {
				String name = parameter.get("name").asString();
				String value = example(operation, "query", name);
				if (value == null) {
					throw new IllegalStateException("required query parameter '" + name + "' has no example");
				}
				query.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return query.isEmpty() ? path.toString() : path + "?" + String.join("&", query);
	}

	private static String example(JsonNode operation, String in, String name) {
		for (JsonNode parameter : iterable(operation.get("parameters"))) {
			if (in.equals(parameter.path("in").asString()) && name.equals(parameter.path("name").asString())) {
				JsonNode example = parameter.has("example") ? parameter.get("example")
						: parameter.path("schema").get("example");
				return example == null || example.isNull() ? null : example.asString();
			}
		}
		return null;
	}

	private String fromCollection(Http http, String collection, String name) {
		HttpResponse<String> response = http.get(collection, "application/json");
		if (response.statusCode() == 405) {
			return fromCreatedItem(http, collection, name);
		}
		if (response.statusCode() == 404) {
			return fromLinkOfACreatedItem(http, collection);
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("no example, and " + collection + " answered " + response.statusCode());
		}
		JsonNode items = JSON.readTree(response.body());
		if (!items.isArray() || items.isEmpty()) {
			throw new IllegalStateException("no example, and " + collection + " is not a non-empty array");
		}
		JsonNode first = items.get(0);
		JsonNode value = first.has(name) ? first.get(name) : first.get("slug");
		if (value == null) {
			throw new IllegalStateException("no example, and the items of " + collection + " have no " + name);
		}
		return value.asString();
	}

	/** Items a client creates (a stored assessment): POST the documented example body, read the new item. */
	private String fromCreatedItem(Http http, String collection, String name) {
		JsonNode example = apiDocs().path("paths").path(collection).path("post").path("requestBody").path("content")
			.path("application/json").path("example");
		if (example.isMissingNode() || example.isNull()) {
			throw new IllegalStateException("no example, and " + collection + " can neither be listed nor "
					+ "created from a documented example body");
		}
		HttpResponse<String> created = http.send(http.request(collection)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(example)))
			.build());
		JsonNode value = created.statusCode() == 201 ? JSON.readTree(created.body()).get(name) : null;
		if (value == null) {
			throw new IllegalStateException("POSTing the documented example to " + collection + " answered "
					+ created.statusCode() + " without a " + name);
		}
		return value.asString();
	}

	/**
	 * Items that are neither listed nor created directly (a person's plan): POST each documented example
	 * body, and follow the first link the created item gives into this collection.
	 */
	private String fromLinkOfACreatedItem(Http http, String collection) {
		for (Map.Entry<String, JsonNode> entry : properties(apiDocs().get("paths")).entrySet()) {
			JsonNode example = entry.getValue().path("post").path("requestBody").path("content")
				.path("application/json").path("example");
			if (example.isMissingNode() || example.isNull()) {
				continue;
			}
			HttpResponse<String> created = http.send(http.request(entry.getKey())
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(example)))
				.build());
			if (created.statusCode() != 201) {
				continue;
			}
			for (JsonNode link : iterable(JSON.readTree(created.body()).get("links"))) {
				String href = link.asString("");
				int at = href.indexOf(collection + "/");
				if (at >= 0) {
					return href.substring(at + collection.length() + 1);
				}
			}
		}
		throw new IllegalStateException("no example, " + collection + " answered 404, and no created item "
				+ "links into it");
	}

	private static JsonNode successSchema(JsonNode operation) {
		JsonNode content = operation.path("responses").path("200").path("content");
		for (String type : List.of("application/json", "*/*")) {
			if (content.has(type)) {
				return content.get(type).get("schema");
			}
		}
		return null;
	}

	private static void checkAgainst(JsonNode document, JsonNode schema, JsonNode value, String where,
			List<String> problems) {
		JsonNode resolved = resolve(document, schema);
		if (resolved.path("type").asString("").equals("array") || resolved.has("items")) {
			if (!value.isArray()) {
				problems.add(where + ": expected an array");
				return;
			}
			for (int i = 0; i < value.size(); i++) {
				checkAgainst(document, resolved.get("items"), value.get(i), where + "[" + i + "]", problems);
			}
			return;
		}
		for (JsonNode required : iterable(resolved.get("required"))) {
			String field = required.asString();
			if (!value.has(field)) {
				problems.add(where + ": missing required field " + field);
			}
			else if (value.get(field).isNull() && !nullable(document, resolved.path("properties").path(field))) {
				problems.add(where + ": required field " + field + " is null");
			}
		}
	}

	private static boolean nullable(JsonNode document, JsonNode property) {
		JsonNode type = property.get("type");
		return property.path("nullable").asBoolean(false)
				|| (type != null && type.isArray() && type.toString().contains("\"null\""));
	}

	private static JsonNode resolve(JsonNode document, JsonNode schema) {
		JsonNode current = schema;
		while (current != null && current.has("$ref")) {
			String name = current.get("$ref").asString().replace("#/components/schemas/", "");
			current = document.path("components").path("schemas").get(name);
		}
		return current;
	}

	private JsonNode apiDocs() {
		HttpResponse<String> response = new Http(port).get("/v3/api-docs", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static Map<String, JsonNode> properties(JsonNode node) {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		node.properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
		return properties;
	}

	private static Iterable<JsonNode> iterable(JsonNode node) {
		if (node == null) {
			return List.of();
		}
		return () -> {
			Iterator<JsonNode> values = node.values().iterator();
			return values;
		};
	}

}
