package io.trainerpath.assessment;

import java.util.ArrayList;
import java.util.List;

import io.trainerpath.assessment.PlacementRule.Condition;

/**
 * Places an attempt on the career path with the placement rules. Start rules come most senior first:
 * the first that holds is where to start, and the one before it is the next rung, whose unmet
 * conditions are what it still needs. An unknown fact never meets a condition, so the placement stays
 * on the cautious side and names the answer that would sharpen it.
 */
public final class Placer {

	public Placement place(List<PlacementRule> rules, PlacementFacts facts) {
		List<PlacementRule> starts = rules.stream().filter(rule -> PlacementRule.START.equals(rule.kind())).toList();
		int at = -1;
		for (int i = 0; i < starts.size() && at < 0; i++) {
			if (starts.get(i).holds(facts)) {
				at = i;
			}
		}
		if (at < 0) {
			throw new IllegalArgumentException("No start rule holds; the last one must have no conditions");
		}
		PlacementRule start = starts.get(at);
		PlacementRule next = at > 0 ? starts.get(at - 1) : null;
		List<Condition> needs = next == null ? List.of()
				: next.check(facts).stream().filter(condition -> !condition.met()).toList();
		List<PlacementRule> branches = rules.stream()
			.filter(rule -> PlacementRule.BRANCH.equals(rule.kind()) && rule.holds(facts))
			.toList();
		return new Placement(start, start.check(facts), next, needs, branches, unknown(starts.subList(0, at), facts));
	}

	/** Facts not known that a more senior start rule asks about: answering them could move the start up. */
	private static List<Condition.Kind> unknown(List<PlacementRule> above, PlacementFacts facts) {
		List<Condition.Kind> unknown = new ArrayList<>();
		if (facts.annotationDepth() == null && above.stream().anyMatch(rule -> rule.minAnnotation() != null)) {
			unknown.add(Condition.Kind.ANNOTATION);
		}
		if (facts.practicePercent() == null && above.stream().anyMatch(rule -> rule.minPractice() != null)) {
			unknown.add(Condition.Kind.PRACTICE);
		}
		return unknown;
	}

}
