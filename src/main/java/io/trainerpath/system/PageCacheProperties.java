package io.trainerpath.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which pages (HTML, or JSON from the API) are kept fully rendered in memory for everyone
 * ({@link PageCacheFilter}). Only list pages that depend on nothing but their address: no visitor's
 * answers.
 *
 * @param paths path patterns ({@code /guide/**}); the query string is part of the cache key
 * @param maximumBytes memory for rendered pages, plain and gzipped together
 * @param idleExpiry how long a page nobody asks for stays in memory
 */
@ConfigurationProperties("trainerpath.page-cache")
record PageCacheProperties(
		@DefaultValue({ "/", "/guide", "/guide/**", "/faq", "/careers", "/careers/**", "/platforms",
				"/platforms/**", "/salary", "/salary/estimate", "/salary/method",
				"/search", "/api/v1/salary-estimate", "/css/**", "/favicon.svg" }) List<String> paths,
		@DefaultValue("16777216") long maximumBytes, @DefaultValue("30m") Duration idleExpiry) {
}
