package io.trainerpath.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pages /sitemap.xml lists, as paths with their query strings. */
public final class Sitemap {

	private static final Pattern LOC = Pattern.compile("<loc>\\s*([^<]+?)\\s*</loc>");

	private Sitemap() {
	}

	/** Empty when the portal has no sitemap (it answers something other than 200). */
	public static List<String> paths(Http http) {
		var response = http.get("/sitemap.xml", "application/xml");
		return response.statusCode() == 200 ? paths(response.body()) : List.of();
	}

	public static List<String> paths(String xml) {
		List<String> paths = new ArrayList<>();
		Matcher loc = LOC.matcher(xml);
		while (loc.find()) {
			URI uri = URI.create(loc.group(1).replace("&amp;", "&"));
			paths.add(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		return paths;
	}

}
