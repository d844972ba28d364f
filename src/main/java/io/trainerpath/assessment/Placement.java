package io.trainerpath.assessment;

import java.util.List;

import io.trainerpath.assessment.PlacementRule.Condition;

/**
 * Where a person could start now, on which grounds, the next rung up the guide's path with what it
 * still needs, other routes worth considering, and the answers that are not known and could change the
 * picture. {@code next} is null at the top of the path.
 */
public record Placement(PlacementRule start, List<Condition> startGrounds, PlacementRule next,
		List<Condition> nextNeeds, List<PlacementRule> branches, List<Condition.Kind> unknown) {

	public Placement {
		startGrounds = List.copyOf(startGrounds);
		nextNeeds = List.copyOf(nextNeeds);
		branches = List.copyOf(branches);
		unknown = List.copyOf(unknown);
	}

}
