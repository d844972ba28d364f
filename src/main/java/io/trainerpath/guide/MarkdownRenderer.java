package io.trainerpath.guide;

import java.util.List;

import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns the guide's Markdown into HTML. Raw HTML in the source is escaped, never passed through,
 * so the output is safe to insert into a page.
 */
final class MarkdownRenderer {

	private static final Parser PARSER = Parser.builder().build();

	private MarkdownRenderer() {
	}

	/** Heading ids start with the prefix, so two sections on one page never share an id. */
	static String render(String markdown, String idPrefix) {
		HtmlRenderer renderer = HtmlRenderer.builder()
			.escapeHtml(true)
			.sanitizeUrls(true)
			.extensions(List.of(HeadingAnchorExtension.builder().idPrefix(idPrefix + "-").build()))
			.build();
		return renderer.render(PARSER.parse(markdown));
	}

}
