package io.trainerpath.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Static files are also served under names that carry a hash of their content
 * ({@code site-<md5>.css}), and pages link only those names: the layout's {@code @{/css/site.css}} is
 * rewritten by Spring's resource chain. A changed file gets a new name, so the hashed names may be
 * kept by browsers for a year ({@link StaticCacheInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
// Before Boot's own configurer, which then leaves "/**" to this one.
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new StaticCacheInterceptor());
	}

	/** Gives Boot's template engine the link builder that leaves page links alone. */
	@Bean
	static BeanPostProcessor staticAwareLinks() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new StaticAwareLinkBuilder());
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<PageEtagFilter> pageEtagFilter() {
		FilterRegistrationBean<PageEtagFilter> registration = new FilterRegistrationBean<>(new PageEtagFilter());
		// Outside Spring Security's filters, so the page's own Cache-Control is in place before Security
		// would add its "no-store" default, which rules out revalidation.
		registration.setOrder(PageEtagFilter.ORDER);
		return registration;
	}

}
