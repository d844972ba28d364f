package io.trainerpath.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps shared answers whole ({@link PageCacheFilter}) in a cache bounded by bytes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class SharedPagesConfiguration {

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> pageCache(PageCacheProperties properties) {
		// Bounded by bytes, addresses included, not by entries: no address can crowd memory.
		return manager -> manager.registerCustomCache(PageCacheFilter.CACHE, Caffeine.newBuilder()
			.maximumWeight(properties.maximumBytes())
			.expireAfterAccess(properties.idleExpiry())
			.<Object, Object>weigher((key, page) -> PageCacheFilter.weight((String) key, (PageCacheFilter.KeptPage) page))
			.build());
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(CacheManager cacheManager, PageCacheProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cacheManager.getCache(PageCacheFilter.CACHE), properties.maximumAddressLength()));
		registration.setOrder(PageCacheFilter.ORDER);
		return registration;
	}

}
