package io.trainerpath.salary;

import java.io.IOException;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the estimates given ({@code trainerpath.salary.estimates}, channel {@code web} or {@code api}).
 * An estimate depends on nothing but its address, so the page cache may answer it without reaching
 * {@link SalaryController} or {@link SalaryApiController}; this filter sits outside that cache and
 * counts every estimate given.
 */
@Component
@Order(EstimatesMeter.ORDER)
class EstimatesMeter extends OncePerRequestFilter {

	/** After Spring Security's filters (-100), before the page cache (-90). */
	static final int ORDER = -95;

	static final String RESULT_PATH = "/salary/estimate";

	static final String API_PATH = "/api/v1/salary-estimate";

	private final Map<String, Counter> estimates;

	EstimatesMeter(MeterRegistry meters) {
		this.estimates = Map.of(RESULT_PATH, meters.counter("trainerpath.salary.estimates", "channel", "web"),
				API_PATH, meters.counter("trainerpath.salary.estimates", "channel", "api"));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || counter(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_OK) {
			counter(request).increment();
		}
	}

	private Counter counter(HttpServletRequest request) {
		return estimates.get(request.getRequestURI().substring(request.getContextPath().length()));
	}

}
