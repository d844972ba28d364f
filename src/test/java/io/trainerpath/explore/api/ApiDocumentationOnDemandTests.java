package io.trainerpath.explore.api;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** springdoc is built on the first request for the API description, and that description is complete. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocumentationOnDemandTests {

	@Autowired
	ConfigurableApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void recognisesSpringdocBeansByTheirClassOrTheConfigurationDeclaringThem() {
		ConfigurableListableBeanFactory beans = context.getBeanFactory();

		assertThat(ApiDocumentationOnDemand
			.comesFromSpringdoc(new RootBeanDefinition("org.springdoc.core.properties.SpringDocConfigProperties")))
			.isTrue();
		assertThat(ApiDocumentationOnDemand.comesFromSpringdoc(beans.getBeanDefinition("openAPIBuilder"))).isTrue();
		assertThat(ApiDocumentationOnDemand.comesFromSpringdoc(beans.getBeanDefinition("trainerPathOpenApi"))).isFalse();
		assertThat(ApiDocumentationOnDemand.comesFromSpringdoc(beans.getBeanDefinition("securityFilterChain"))).isFalse();
	}

	@Test
	void springdocBeansWaitForTheirFirstUseWhileThePortalsOwnAreEager() {
		ConfigurableListableBeanFactory beans = context.getBeanFactory();
		List<BeanDefinition> springdoc = Arrays.stream(beans.getBeanDefinitionNames())
			.map(beans::getBeanDefinition)
			.filter(ApiDocumentationOnDemand::comesFromSpringdoc)
			.toList();

		assertThat(springdoc).hasSizeGreaterThan(20).allMatch(BeanDefinition::isLazyInit);
		assertThat(beans.getBeanDefinition("trainerPathOpenApi").isLazyInit()).isFalse();
		assertThat(beans.getBeanDefinition("securityFilterChain").isLazyInit()).isFalse();
	}

	@Test
	void theApiDescriptionAndSwaggerUiAreServedWithThePortalsOwnAdditions() {
		Http http = new Http(port);

		HttpResponse<String> description = http.get("/v3/api-docs", "application/json");
		HttpResponse<String> swaggerUi = http.get("/swagger-ui/index.html", "text/html");

		assertThat(description.statusCode()).isEqualTo(200);
		// the title from ApiConfiguration and the problem schema its customizer adds
		assertThat(description.body()).contains("\"title\":\"TrainerPath API\"", "\"Problem\"",
				"/api/v1/salary-estimate");
		assertThat(swaggerUi.statusCode()).isEqualTo(200);
	}

}
