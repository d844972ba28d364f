package io.trainerpath.system;

import java.util.Locale;
import java.util.Map;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HtmlUtils;

@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	/** Replaces Tomcat's error report (and the one Boot adds) with {@link PlainErrorReportValve}. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainErrorReports(MessageSource messages) {
		String html = page(messages);
		Map<String, String> headers = Map.of("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY,
				"X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy",
				"strict-origin-when-cross-origin", "Cache-Control", "no-store");
		return factory -> factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			// the host adds a valve of this class itself unless it finds one already in place
			host.setErrorReportValveClass(PlainErrorReportValve.class.getName());
			host.getPipeline().addValve(new PlainErrorReportValve(html, headers));
		});
	}

	private static String page(MessageSource messages) {
		Locale en = Locale.ENGLISH;
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s · %s</title>
				<link rel="stylesheet" href="/css/site.css">
				</head>
				<body>
				<main id="main" class="wrap narrow">
				<h1>%s</h1>
				<p>%s</p>
				<p class="muted">%s</p>
				<p><a href="/">%s</a></p>
				</main>
				</body>
				</html>
				""".formatted(text(messages, "error.4xx.title", en), text(messages, "site.name", en),
				text(messages, "error.4xx.heading", en), text(messages, "error.4xx.text", en),
				HtmlUtils.htmlEscape(messages.getMessage("error.status", new Object[] { "{status}" }, en)),
				text(messages, "error.links.home", en));
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
	}

}
