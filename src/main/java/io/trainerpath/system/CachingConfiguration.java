package io.trainerpath.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on Spring's cache abstraction, so the catalog and the guide are read from the database once
 * and every later page is built from memory. Without this annotation {@code @Cacheable} does nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {

}
