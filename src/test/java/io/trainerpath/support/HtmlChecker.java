package io.trainerpath.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker, run in-process from its Maven artifact: the same checks as validator.w3.org,
 * with the schema read from the jar rather than the network.
 */
public final class HtmlChecker {

	private HtmlChecker() {
	}

	/** Every error the checker reports for this document, as "line:column message"; empty when valid. */
	public static synchronized List<String> errors(String html) {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
				// warnings are advice, not failures
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}
		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
			validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
			validator.setUpValidatorAndParsers(handler, true, false);
			validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (Exception ex) {
			errors.add("checker failed: " + ex);
		}
		return errors;
	}

}
