package io.trainerpath.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;

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

	@Bean
	@Order(1)
	SecurityFilterChain swaggerUiFilterChain(HttpSecurity http) throws Exception {
		return configure(http.securityMatcher(SWAGGER_UI_PATHS), SWAGGER_UI_CONTENT_SECURITY_POLICY);
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return configure(http, CONTENT_SECURITY_POLICY);
	}

	private static SecurityFilterChain configure(HttpSecurity http, String contentSecurityPolicy) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			// The JSON API is read by clients without cookies; it takes no session credentials to abuse.
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				.ignoringRequestMatchers("/api/**"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				.crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

}
