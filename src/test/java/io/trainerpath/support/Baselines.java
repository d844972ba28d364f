package io.trainerpath.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Valid inputs for an endpoint, taken from the site itself: the addresses its pages link to and the
 * forms they show. A hostile value then replaces one input at a time while the others stay valid, so
 * it travels as far into the application as a real request would.
 */
public final class Baselines {

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern CONTROL = Pattern.compile(
			"<(input)\\b([^>]*)>()|<(select|textarea)\\b([^>]*)>(.*?)</\\4>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern OPTION_VALUE = Pattern.compile("<option\\b[^>]*\\bvalue=\"([^\"]*)\"",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SELECTED_VALUE = Pattern.compile(
			"<option\\b(?=[^>]*\\sselected\\b)[^>]*\\bvalue=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	/** The addresses a visitor can reach, with their query strings. */
	private final Collection<String> addresses;

	/** Each form's method, action and fields with their first (default) values. */
	private final List<Form> forms;

	private Baselines(Collection<String> addresses, List<Form> forms) {
		this.addresses = addresses;
		this.forms = forms;
	}

	public record Form(String method, String action, Map<String, String> fields) {
	}

	/** Reads every page reachable from "/" and from the given extra start pages. */
	public static Baselines from(Http http, Collection<String> extraStarts) {
		List<String> starts = new ArrayList<>(List.of("/"));
		starts.addAll(extraStarts);
		Map<String, String> pages = SiteCrawler.pages(http, starts.toArray(String[]::new));
		List<Form> forms = new ArrayList<>();
		pages.values().forEach(html -> forms.addAll(formsIn(html)));
		return new Baselines(pages.keySet(), forms);
	}

	/**
	 * The forms in a page, each with the values its fields would be sent with: the selected option (else
	 * the first), the checked radio button (else the first, so the value is at least a valid one).
	 */
	public static List<Form> formsIn(String html) {
		List<Form> forms = new ArrayList<>();
		Matcher form = FORM.matcher(html);
		while (form.find()) {
			String method = attribute(form.group(1), "method").orElse("get").toUpperCase(Locale.ROOT);
			String action = attribute(form.group(1), "action").orElse("").replace("&amp;", "&");
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher control = CONTROL.matcher(form.group(2));
			while (control.find()) {
				boolean input = control.group(1) != null;
				String tag = input ? "input" : control.group(4).toLowerCase(Locale.ROOT);
				String attributes = input ? control.group(2) : control.group(5);
				String content = input ? "" : control.group(6);
				Optional<String> name = attribute(attributes, "name");
				boolean checked = input && Pattern.compile("\\schecked\\b", Pattern.CASE_INSENSITIVE).matcher(attributes).find();
				if (name.isEmpty() || name.get().equals("_csrf") || (fields.containsKey(name.get()) && !checked)) {
					continue;
				}
				String value = switch (tag) {
					case "select" -> {
						Matcher selected = SELECTED_VALUE.matcher(content);
						Matcher option = OPTION_VALUE.matcher(content);
						yield selected.find() ? selected.group(1) : option.find() ? option.group(1) : "";
					}
					case "textarea" -> content.trim();
					default -> attribute(attributes, "value").orElse("");
				};
				String type = attribute(attributes, "type").orElse("text");
				if (!type.equals("submit") && !type.equals("button")) {
					fields.put(name.get(), value.replace("&amp;", "&"));
				}
			}
			forms.add(new Form(method, action, fields));
		}
		return forms;
	}

	private static Optional<String> attribute(String attributes, String name) {
		Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(attributes);
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/** Path variables from a reachable address matching the pattern (or its page twin for /api/v1/...). */
	public Map<String, String> pathVariables(String pattern) {
		for (String candidate : List.of(pattern, pattern.replaceFirst("^/api/v\\d+", ""))) {
			PathPattern parsed = PathPatternParser.defaultInstance.parse(candidate);
			for (String address : addresses) {
				String path = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
				var match = parsed.matchAndExtract(PathContainer.parsePath(path));
				if (match != null && !match.getUriVariables().isEmpty()) {
					return match.getUriVariables();
				}
			}
		}
		return Map.of();
	}

	/** Parameters of a valid request to this endpoint: a matching form's defaults, else a linked query. */
	public Map<String, String> parameters(String pattern, String method) {
		PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
		for (Form form : forms) {
			if (form.method().equals(method) && parsed.matches(PathContainer.parsePath(pathOf(form.action())))) {
				return form.fields();
			}
		}
		for (String address : addresses) {
			if (address.contains("?") && parsed.matches(PathContainer.parsePath(pathOf(address)))) {
				Map<String, String> parameters = new LinkedHashMap<>();
				UriComponentsBuilder.fromUriString(address)
					.build()
					.getQueryParams()
					.forEach((name, values) -> parameters.put(name, decode(values.get(0))));
				return parameters;
			}
		}
		return Map.of();
	}

	private static String pathOf(String address) {
		String path = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
		return path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
	}

	private static String decode(String value) {
		return value == null ? "" : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
