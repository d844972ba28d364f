package io.trainerpath.system;

import com.github.benmanes.caffeine.cache.Caffeine;
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
			.<Object, Object>weigher((key, page) -> ((PageCacheFilter.CachedPage) page).size())
			.build());
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(CacheManager cacheManager, PageCacheProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cacheManager.getCache(PageCacheFilter.CACHE), properties.paths()));
		registration.setOrder(PageCacheFilter.ORDER);
		return registration;
	}

}
