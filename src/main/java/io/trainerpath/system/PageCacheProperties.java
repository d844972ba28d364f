package io.trainerpath.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which pages are kept fully rendered in memory ({@link PageCacheFilter}). Only list pages whose HTML
 * depends on nothing but their address: no visitor's answers, no form with a CSRF token.
 *
 * @param paths path patterns ({@code /guide/**}); the query string is part of the cache key
 * @param maximumBytes memory for rendered pages, plain and gzipped together
 */
@ConfigurationProperties("trainerpath.page-cache")
record PageCacheProperties(
		@DefaultValue({ "/", "/guide", "/guide/**", "/faq", "/careers", "/careers/**", "/platforms",
				"/platforms/**" }) List<String> paths,
		@DefaultValue("16777216") long maximumBytes) {
}
