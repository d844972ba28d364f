package io.trainerpath.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The memory the page cache may use ({@link PageCacheFilter}).
 *
 * @param maximumBytes memory for kept answers, counting their addresses and their plain and gzipped bytes
 * @param idleExpiry how long an answer nobody asks for stays in memory
 * @param maximumAddressLength an address longer than this (path and query) is answered but never kept
 */
@ConfigurationProperties("trainerpath.page-cache")
record PageCacheProperties(@DefaultValue("16777216") long maximumBytes, @DefaultValue("30m") Duration idleExpiry,
		@DefaultValue("1024") int maximumAddressLength) {
}
