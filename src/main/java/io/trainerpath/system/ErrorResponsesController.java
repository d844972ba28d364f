package io.trainerpath.system;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that ends in {@code sendError} or is thrown past the controllers lands here: unknown
 * paths, wrong methods, refused bodies, a database outage, Spring Security's refusals. Browsers get
 * the one error page, worded for the status; every other client, the API's included, gets RFC 9457
 * problem details. Never Boot's default JSON, never a stack trace.
 */
@Controller
class ErrorResponsesController extends BasicErrorController {

	private final MessageSource messages;

	ErrorResponsesController(ErrorAttributes errorAttributes, WebProperties web, MessageSource messages) {
		super(errorAttributes, web.getError());
		this.messages = messages;
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		String group = messageGroup(status);
		Map<String, Object> model = new HashMap<>();
		model.put("status", status.value());
		model.put("messages", group);
		model.put("more", messages.getMessage(group + ".more", null, null, Locale.ENGLISH));
		return new ModelAndView("error", model, status);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", ApiProblems.detailFor(status));
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
			problem.put("instance", URI.create(uri.replaceAll("[^A-Za-z0-9/._~-]", "")).toString());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The status's own wording where there is one (error.404.*), else its class's (error.4xx.*). */
	private String messageGroup(HttpStatus status) {
		String own = "error." + status.value();
		if (messages.getMessage(own + ".heading", null, null, Locale.ENGLISH) != null) {
			return own;
		}
		return status.is5xxServerError() ? "error.5xx" : "error.4xx";
	}

}
