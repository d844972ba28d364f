package io.trainerpath.system;

import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * Every page is public; security here means strict headers and CSRF protection. The CSRF token
 * lives in a cookie rather than an HTTP session, so no page creates a session and any instance
 * behind a load balancer can check any form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI inserts a style element at run time, so its pages alone may use inline styles.
	 * Scripts stay as strict as everywhere else.
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	static final String[] SWAGGER_UI_PATHS = { "/swagger-ui.html", "/swagger-ui/**" };

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	/**
	 * One filter chain for every request: a second chain for Swagger UI alone cost a second build of
	 * Spring Security's configuration at every start. The policy header is chosen per request instead.
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			@Value("${trainerpath.request.max-body-size:64KB}") DataSize maxBodySize) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher swaggerUi = new OrRequestMatcher(
				Arrays.stream(SWAGGER_UI_PATHS).map(paths::matcher).toArray(RequestMatcher[]::new));
		HeaderWriter pagePolicy = new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY);
		HeaderWriter swaggerUiPolicy = new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY);
		HeaderWriter contentSecurityPolicy = (request, response) -> (swaggerUi.matches(request) ? swaggerUiPolicy
				: pagePolicy).writeHeaders(request, response);
		http.addFilterAfter(new BodySizeLimitFilter(maxBodySize.toBytes()), HeaderWriterFilter.class);
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			// The JSON API is read by clients without cookies; it takes no session credentials to abuse.
			// The token's twin lives in a cookie (XSRF-TOKEN), not in a session.
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()).ignoringRequestMatchers("/api/**"))
			.headers(headers -> headers
				.addHeaderWriter(contentSecurityPolicy)
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				.crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny())
				// Written only for requests that arrived over HTTPS (directly, or via a trusted proxy's
				// X-Forwarded-Proto); over plain HTTP browsers would ignore it anyway.
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true)));
		return http.build();
	}

	/**
	 * Nobody logs in, so there is nothing to trace in Spring Security: without this, every one of its
	 * filters is wrapped in an observation on every request. Request timings per route still come
	 * from Spring MVC's own observation ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Nobody logs in. An empty user store stops Boot from creating a default user and printing its
	 * generated password in the log at every start.
	 */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

}
