package io.trainerpath.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's answer to requests it refuses before the application sees them (a header over the limit,
 * broken percent-encoding, an encoded slash or a null byte in the path). Boot can only hide the server's
 * name in Tomcat's own report; this words it as the rest of the portal does: problem details for API
 * clients, a short page (the error page's words, without the layout) for browsers, and the security
 * headers on both.
 */
class ServerRefusalValve extends ErrorReportValve {

	private static final Map<String, String> HEADERS = Map.of("Content-Security-Policy",
			SecurityConfiguration.CONTENT_SECURITY_POLICY, "X-Content-Type-Options", "nosniff", "X-Frame-Options",
			"DENY", "Referrer-Policy", "strict-origin-when-cross-origin", "Cache-Control", "no-store");

	/** The page for browsers, with {@code {status}} where the status code goes. */
	private final String page;

	ServerRefusalValve(MessageSource messages) {
		this.page = """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s · %s</title><link rel="stylesheet" href="/assets/css/site.css"></head>
				<body><main id="main" class="wrap narrow"><h1>%s</h1><p>%s</p><p class="muted">%s</p>
				<p><a href="/">%s</a></p></main></body></html>
				""".formatted(text(messages, "error.4xx.title"), text(messages, "site.name"),
				text(messages, "error.4xx.heading"), text(messages, "error.4xx.text"),
				HtmlUtils.htmlEscape(messages.getMessage("error.status", new Object[] { "{status}" }, Locale.ENGLISH)),
				text(messages, "error.links.home"));
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			HEADERS.forEach(response::setHeader);
			response.setCharacterEncoding("utf-8");
			boolean json = wantsJson(request.getRequestURI(), request.getHeader("Accept"));
			response.setContentType(json ? "application/problem+json" : "text/html");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json ? problem(status) : page.replace("{status}", Integer.toString(status)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the answer is already on its way; nothing more to say
		}
	}

	/** As for errors inside the application: JSON when asked for, and for the API unless HTML is. */
	static boolean wantsJson(String path, String accept) {
		String asked = accept == null ? "" : accept;
		return asked.contains("json") || (path != null && path.startsWith("/api/") && !asked.contains("text/html"));
	}

	private static String problem(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		HttpStatus shown = known != null ? known : HttpStatus.BAD_REQUEST;
		return "{\"type\":\"about:blank\",\"title\":\"" + shown.getReasonPhrase() + "\",\"status\":" + status
				+ ",\"detail\":\"" + ApiProblems.detailFor(shown) + "\"}";
	}

	private static String text(MessageSource messages, String key) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.ENGLISH));
	}

}
