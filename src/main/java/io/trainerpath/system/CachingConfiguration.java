package io.trainerpath.system;

import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.trainerpath.assessment.ResultsVersions;
import io.trainerpath.system.PageCacheFilter.VersionedPages;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on Spring's cache abstraction, so the catalog and the guide are read from the database once
 * and every later page is built from memory (without this annotation {@code @Cacheable} does
 * nothing), and keeps whole rendered pages that are the same for everyone ({@link PageCacheFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(PageCacheProperties.class)
class CachingConfiguration {

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> pageCache(PageCacheProperties properties) {
		// Bounded by bytes, not entries: a page with a long query string must not crowd memory.
		return manager -> manager.registerCustomCache(PageCacheFilter.CACHE, Caffeine.newBuilder()
			.maximumWeight(properties.maximumBytes())
			// A result nobody looks at leaves memory; the shared pages are simply rendered again.
			.expireAfterAccess(properties.idleExpiry())
			.<Object, Object>weigher((key, page) -> ((PageCacheFilter.CachedPage) page).size())
			.build());
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(CacheManager cacheManager, PageCacheProperties properties,
			ResultsVersions results) {
		// A quiz result is one visitor's: kept only while the database says it is unchanged.
		List<VersionedPages> versioned = List.of(new VersionedPages(ResultsVersions.RESULTS_PAGE,
				variables -> results.of(variables.get("token"))));
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(
				cacheManager.getCache(PageCacheFilter.CACHE), properties.paths(), versioned, SecurityConfiguration.CSRF_COOKIE));
		registration.setOrder(PageCacheFilter.ORDER);
		return registration;
	}

}
