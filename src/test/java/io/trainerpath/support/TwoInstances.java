package io.trainerpath.support;

import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Two instances of the portal started at the same moment against one fresh PostgreSQL database, as
 * two containers behind a load balancer would be. Test classes that take it as a parameter, through
 * {@link Shared}, get the same pair: it starts once for the whole run and stops after its last test.
 */
public record TwoInstances(AppInstance first, AppInstance second) implements AutoCloseable {

	static TwoInstances start() {
		List<AppInstance> both = AppInstance.startTogether(2, EmbeddedPostgresHolder.database("two_instances"));
		return new TwoInstances(both.get(0), both.get(1));
	}

	@Override
	public void close() {
		first.close();
		second.close();
	}

	/** Resolves a {@code TwoInstances} parameter with the run's pair, kept where JUnit closes it at the end. */
	public static final class Shared implements ParameterResolver {

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
			return parameter.getParameter().getType() == TwoInstances.class;
		}

		@Override
		public TwoInstances resolveParameter(ParameterContext parameter, ExtensionContext extension) {
			return extension.getRoot()
				.getStore(ExtensionContext.Namespace.create(TwoInstances.class))
				.computeIfAbsent(TwoInstances.class, key -> start(), TwoInstances.class);
		}

	}

}
