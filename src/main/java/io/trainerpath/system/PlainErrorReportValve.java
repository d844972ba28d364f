package io.trainerpath.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's last word on requests it refuses before the application sees them (a request line or
 * header too long, broken percent-encoding): our own short page in our words, with our security
 * headers, instead of Tomcat's report. Errors the application handles never reach it.
 */
class PlainErrorReportValve extends ErrorReportValve {

	private final String html;

	private final Map<String, String> headers;

	PlainErrorReportValve(String html, Map<String, String> headers) {
		this.html = html;
		this.headers = headers;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("utf-8");
			headers.forEach(response::setHeader);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(html.replace("{status}", Integer.toString(response.getStatus())));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the response is already on its way; nothing more to say
		}
	}

}
