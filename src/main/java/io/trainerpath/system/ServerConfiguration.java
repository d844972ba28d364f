package io.trainerpath.system;

import java.util.List;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** Requests the server turns away: bodies over the size limit, and what Tomcat refuses outright. */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

	/**
	 * Boot's JSON mapper, with the body size limit as its largest document: a JSON body sent in chunks has
	 * no length to refuse it by, so reading stops there ({@link ApiProblemHandler} answers 413). Boot
	 * builds the same from {@code JsonMapper.builder()}; only the factory's read limit is added.
	 */
	@Bean
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers,
			@Value("${trainerpath.request.max-body-size:64KB}") DataSize maxBodySize) {
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(maxBodySize.toBytes()).build())
			.build();
		JsonMapper.Builder builder = JsonMapper.builder(factory);
		customizers.forEach(customizer -> customizer.customize(builder));
		return builder;
	}

	/** Puts {@link ServerRefusalValve} where Boot puts Tomcat's report valve. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> serverRefusals(MessageSource messages) {
		ServerRefusalValve valve = new ServerRefusalValve(messages);
		return factory -> factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			for (Valve existing : host.getPipeline().getValves()) {
				if (existing instanceof ErrorReportValve) {
					host.getPipeline().removeValve(existing);
				}
			}
			// the host adds a report valve of this class itself unless it finds one in place
			host.setErrorReportValveClass(ServerRefusalValve.class.getName());
			host.getPipeline().addValve(valve);
		});
	}

}
