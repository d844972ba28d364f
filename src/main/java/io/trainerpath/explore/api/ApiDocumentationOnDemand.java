package io.trainerpath.explore.api;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.type.MethodMetadata;
import org.springframework.stereotype.Component;

/**
 * Builds springdoc's beans when the API description or Swagger UI is first asked for, not at startup,
 * so every start no longer pays for pages few visitors open (bench/README.md). Everything else stays
 * eager, so a mistake in the portal's own beans still stops the start.
 */
@Component
class ApiDocumentationOnDemand implements BeanFactoryPostProcessor {

	static final String SPRINGDOC_PACKAGE = "org.springdoc.";

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanDefinitionNames()) {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			if (comesFromSpringdoc(definition)) {
				definition.setLazyInit(true);
			}
		}
	}

	static boolean comesFromSpringdoc(BeanDefinition definition) {
		String beanClass = definition.getBeanClassName();
		if (beanClass != null && beanClass.startsWith(SPRINGDOC_PACKAGE)) {
			return true;
		}
		MethodMetadata factoryMethod = (definition instanceof AnnotatedBeanDefinition annotated)
				? annotated.getFactoryMethodMetadata() : null;
		return factoryMethod != null && factoryMethod.getDeclaringClassName().startsWith(SPRINGDOC_PACKAGE);
	}

}
