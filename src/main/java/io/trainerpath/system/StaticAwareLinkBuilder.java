package io.trainerpath.system;

import java.util.Locale;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Builds {@code @{...}} links, asking Spring's resource chain for a content-hashed name only when
 * the link points at a static file. The chain looks every other link up on the classpath, does not
 * remember a miss, and so cost a results page with dozens of links most of its rendering time (the
 * benchmark's profile). A page link keeps exactly the URL it had; a stylesheet still gets its hash.
 */
class StaticAwareLinkBuilder extends StandardLinkBuilder {

	private static final Set<String> STATIC_EXTENSIONS = Set.of("css", "js", "svg", "png", "jpg", "jpeg", "gif",
			"webp", "ico", "woff", "woff2", "txt", "xml", "json", "webmanifest", "map", "pdf");

	@Override
	protected String processLink(IExpressionContext context, String link) {
		return isStaticFile(link) ? super.processLink(context, link) : link;
	}

	static boolean isStaticFile(String link) {
		int end = link.length();
		int query = link.indexOf('?');
		if (query >= 0) {
			end = query;
		}
		int fragment = link.indexOf('#');
		if (fragment >= 0 && fragment < end) {
			end = fragment;
		}
		String path = link.substring(0, end);
		int dot = path.lastIndexOf('.');
		if (dot < 0 || dot < path.lastIndexOf('/')) {
			return false;
		}
		return STATIC_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

}
