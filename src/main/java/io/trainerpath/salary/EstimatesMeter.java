package io.trainerpath.salary;

import java.io.IOException;

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
 * Counts the estimates shown on the web ({@code trainerpath.salary.estimates}, channel {@code web}).
 * A result page depends on nothing but its address, so the page cache may answer it without reaching
 * {@link SalaryController}; this filter sits outside that cache and counts every estimate shown.
 */
@Component
@Order(EstimatesMeter.ORDER)
class EstimatesMeter extends OncePerRequestFilter {

	/** After Spring Security's filters (-100), before the page cache (-90). */
	static final int ORDER = -95;

	static final String RESULT_PATH = "/salary/estimate";

	private final Counter estimates;

	EstimatesMeter(MeterRegistry meters) {
		this.estimates = meters.counter("trainerpath.salary.estimates", "channel", "web");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod())
				|| !RESULT_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_OK) {
			estimates.increment();
		}
	}

}
