package io.trainerpath.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A parameter that breaks a constraint on a page's controller method (with @Validated on the class)
 * is the visitor's mistake, so it gets the 400 page rather than a 500. Runs after Spring's own
 * resolvers, so the API's problem details from {@link ApiProblemHandler} come first.
 */
@Component
class BadInputExceptionResolver implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof ConstraintViolationException) || response.isCommitted()) {
			return null;
		}
		try {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
		catch (IOException sendFailed) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
