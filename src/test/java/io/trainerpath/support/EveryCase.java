package io.trainerpath.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks a property over every case and reports each case that breaks it, in one test. Each case
 * stops at its first failed assertion and the others still run, as rows of a parameterized test
 * would, but the report shows one test per property instead of one per row.
 */
public final class EveryCase {

	/** Enough to see a pattern; the count says how many more there are. */
	private static final int LISTED = 20;

	private EveryCase() {
	}

	public static <T> void satisfy(Collection<T> cases, Function<T, String> name, Consumer<T> property) {
		if (cases.isEmpty()) {
			throw new AssertionError("no cases to check");
		}
		List<String> failures = new ArrayList<>();
		for (T each : cases) {
			try {
				property.accept(each);
			}
			catch (AssertionError ex) {
				failures.add(name.apply(each) + ": " + String.valueOf(ex.getMessage()).strip());
			}
		}
		if (!failures.isEmpty()) {
			String listed = String.join("\n\n", failures.subList(0, Math.min(LISTED, failures.size())));
			String more = failures.size() > LISTED ? "\n\n… and " + (failures.size() - LISTED) + " more" : "";
			throw new AssertionError(failures.size() + " of " + cases.size() + " cases fail:\n\n" + listed + more);
		}
	}

}
