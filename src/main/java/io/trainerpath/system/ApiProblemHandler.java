package io.trainerpath.system;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.persistence.PersistenceException;
import org.hibernate.HibernateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors raised inside the JSON API's controllers into RFC 9457 problem details. Spring's base
 * class already covers the standard MVC exceptions (missing parameters, unreadable bodies, failed
 * validation, ResponseStatusException); these handlers add the ones it leaves out.
 */
@RestControllerAdvice(annotations = RestController.class)
// Ahead of the page advices, which also match REST controllers (@RestController is a @Controller).
@Order(0)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class,
			HibernateException.class })
	ProblemDetail databaseUnavailable(RuntimeException ex, HttpServletResponse response) {
		if (!DatabaseUnavailable.isFailure(ex)) {
			// a bug, not an outage: let the usual 500 handling have it
			throw ex;
		}
		log.warn("Database unavailable, answering 503: {}", DatabaseUnavailable.describe(ex));
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				ApiProblems.detailFor(HttpStatus.SERVICE_UNAVAILABLE));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some parameters are not valid.");
		problem.setProperty("errors", ex.getConstraintViolations()
			.stream()
			.map(v -> v.getPropertyPath() + ": " + v.getMessage())
			.sorted()
			.toList());
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The parameter '" + ex.getName() + "' does not have the expected type.");
	}

}
