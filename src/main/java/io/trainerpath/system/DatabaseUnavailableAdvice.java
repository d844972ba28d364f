package io.trainerpath.system;

import jakarta.persistence.PersistenceException;
import org.hibernate.HibernateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * When the database is out of reach, pages answer with a friendly 503 page instead of a 500. Pages
 * built only from cached reference data keep working meanwhile. The JSON API's equivalent is in
 * {@link ApiProblemHandler}, which is consulted first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class,
			HibernateException.class })
	ModelAndView databaseUnavailable(RuntimeException ex, HttpServletResponse response) {
		if (!DatabaseUnavailable.isFailure(ex)) {
			// a bug, not an outage: let the usual 500 handling have it
			throw ex;
		}
		log.warn("Database unavailable, answering 503: {}", DatabaseUnavailable.describe(ex));
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
		ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		return page;
	}

}
