package io.trainerpath.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on Spring's cache abstraction, so the catalog and the guide are read from the database once:
 * without it {@code @Cacheable} does nothing. The caches are Caffeine's, sized in application.properties.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {

}
