package io.trainerpath.system;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns errors raised inside the JSON API's controllers into RFC 9457 problem details. Spring's base
 * class already covers the standard MVC exceptions (missing parameters, unreadable bodies, failed
 * validation, ResponseStatusException); these handlers add the ones it leaves out. Errors that never
 * reach a controller get their problem details from {@link ErrorResponsesController}.
 */
@RestControllerAdvice(annotations = RestController.class)
// Ahead of the page advices, which also match REST controllers (@RestController is a @Controller).
@Order(0)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The parameter '" + ex.getName() + "' does not have the expected type.");
	}

	/** A body that breaks its constraints: every field and what is wrong with it. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setDetail("Some fields of the body are missing or not valid.");
		problem.setProperty("errors", ex.getFieldErrors()
			.stream()
			.map(error -> error.getField() + ": " + error.getDefaultMessage())
			.sorted()
			.toList());
		return ResponseEntity.status(status).headers(headers).body(problem);
	}

	/** A JSON body sent in chunks, with no length to refuse it by, stops at Jackson's document limit. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof StreamConstraintsException) {
			HttpStatus tooLarge = HttpStatus.CONTENT_TOO_LARGE;
			return ResponseEntity.status(tooLarge)
				.body(ProblemDetail.forStatusAndDetail(tooLarge, ApiProblems.detailFor(tooLarge)));
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

}
