package io.trainerpath.system;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.ContentSource;
import io.trainerpath.web.ColourScheme;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page's layout the source of the figures, when they were last checked, the page's
 * canonical address, and the colour scheme with the address its switch returns to.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final Catalog catalog;

	LayoutModelAdvice(Catalog catalog) {
		this.catalog = catalog;
	}

	@ModelAttribute("contentSource")
	ContentSource contentSource() {
		try {
			return catalog.source();
		}
		catch (RuntimeException ex) {
			// Without a database the footer goes without its source line; the page itself decides
			// whether it can still be shown (see DatabaseOutages).
			if (DatabaseOutages.isOutage(ex)) {
				return null;
			}
			throw ex;
		}
	}

	@ModelAttribute("colourScheme")
	ColourScheme colourScheme(@CookieValue(name = ColourScheme.COOKIE, required = false) String chosen) {
		return ColourScheme.of(chosen);
	}

	/**
	 * Where the colour switch sends the visitor back to: this page's address as it was asked for (the
	 * one that failed, on an error page), or its path alone when the whole address is too long to carry.
	 */
	@ModelAttribute("schemeReturn")
	String schemeReturn(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failed != null) {
			return failed.toString();
		}
		String path = request.getRequestURI();
		String query = request.getQueryString();
		String address = query == null ? path : path + "?" + query;
		return address.length() > ColourSchemeController.MAXIMUM_RETURN_LENGTH ? path : address;
	}

	/**
	 * The page's address without its query string, so filtered or searched views point search engines
	 * at the one page they vary. Error pages have none: they are not pages to index.
	 */
	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return null;
		}
		return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUriString();
	}

}
