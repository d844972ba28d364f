package io.trainerpath.explore.findable;

import java.time.LocalDate;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.web.SharedPages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The sitemap and robots.txt. Addresses are absolute, built from the request's own origin; behind a
 * proxy, set server.forward-headers-strategy so that origin is the public one.
 */
@Controller
class FindableController {

	private static final CacheControl ONE_HOUR = CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic();

	private final PublicPages pages;

	private final Catalog catalog;

	FindableController(PublicPages pages, Catalog catalog) {
		this.pages = pages;
		this.catalog = catalog;
	}

	// No "produces": crawlers send all sorts of Accept headers, and the answer is the same for each.
	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		String origin = origin();
		LocalDate updated = catalog.source().getUpdatedOn();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : pages.paths()) {
			xml.append("  <url><loc>")
				.append(HtmlUtils.htmlEscape(origin + path))
				.append("</loc><lastmod>")
				.append(updated)
				.append("</lastmod></url>\n");
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok()
			.cacheControl(SharedPages.cacheControl(ONE_HOUR))
			.contentType(MediaType.APPLICATION_XML)
			.body(xml.toString());
	}

	// Quiz results live at token addresses that belong to one person; the API is for programs; the colour
	// switch only sets a preference and sends the visitor back.
	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Allow: /
				Disallow: /assessment/
				Disallow: /api/
				Disallow: /search
				Disallow: /scheme

				Sitemap: %s/sitemap.xml
				""".formatted(origin());
		return ResponseEntity.ok().cacheControl(SharedPages.cacheControl(ONE_HOUR)).contentType(MediaType.TEXT_PLAIN).body(body);
	}

	private static String origin() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
