package io.trainerpath.assessment;

import java.util.List;
import java.util.Map;

/**
 * The rules that turn a scored attempt into advice: placement on the career path, the steps a plan
 * may hold, and the platforms that suit each starting role, best first.
 */
public record Advice(List<PlacementRule> placementRules, List<NextStep> nextSteps,
		Map<String, List<String>> platformsByRole) {

	public Advice {
		placementRules = List.copyOf(placementRules);
		nextSteps = List.copyOf(nextSteps);
		platformsByRole = Map.copyOf(platformsByRole);
	}

}
