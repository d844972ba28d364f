package io.trainerpath.system;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.ContentSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page's footer the source of the figures and when they were last updated. */
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
			// whether it can still be shown (see DatabaseUnavailableAdvice).
			if (DatabaseUnavailable.isFailure(ex)) {
				return null;
			}
			throw ex;
		}
	}

}
