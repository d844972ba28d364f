package io.trainerpath.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every page a visitor can reach by following links from the given start pages, so a new
 * page is checked without anyone adding it to a list.
 */
public final class SiteCrawler {

	/** A link's address; links marked rel="nofollow" (the colour switch) are not pages and are left out. */
	private static final Pattern HREF = Pattern.compile("<a\\b(?![^>]*\\srel=\"nofollow\")[^>]*?\\shref=\"([^\"]*)\"");

	private static final int LIMIT = 400;

	private SiteCrawler() {
	}

	/** Same-origin page paths (no fragments, no API or actuator), in the order they were found. */
	public static Set<String> crawl(Http http, String... startPaths) {
		return walk(http, startPaths, new LinkedHashMap<>());
	}

	/** The HTML of every page that answered 200 on the way, by path, so callers need not fetch again. */
	public static Map<String, String> pages(Http http, String... startPaths) {
		Map<String, String> pages = new LinkedHashMap<>();
		walk(http, startPaths, pages);
		return pages;
	}

	private static Set<String> walk(Http http, String[] startPaths, Map<String, String> pages) {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>();
		for (String start : startPaths) {
			if (seen.add(start)) {
				queue.add(start);
			}
		}
		while (!queue.isEmpty() && seen.size() < LIMIT) {
			String path = queue.poll();
			var response = http.get(path);
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (response.statusCode() != 200 || !type.startsWith("text/html")) {
				continue;
			}
			pages.put(path, response.body());
			Matcher links = HREF.matcher(response.body());
			while (links.find()) {
				String link = pagePath(links.group(1).replace("&amp;", "&"));
				if (link != null && seen.add(link)) {
					queue.add(link);
				}
			}
		}
		return seen;
	}

	private static String pagePath(String href) {
		if (!href.startsWith("/") || href.startsWith("//")) {
			return null;
		}
		String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
		if (path.isEmpty() || path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/assets/") || path.startsWith("/v3/") || path.startsWith("/swagger-ui")
				|| path.endsWith(".svg") || path.endsWith(".xml") || path.endsWith(".txt")) {
			return null;
		}
		return path;
	}

}
