package io.trainerpath.assessment;

import java.util.List;
import java.util.Map;

/**
 * Chooses the next steps that apply to an attempt, in the order the data gives them (first two weeks,
 * then the next month or two, then ongoing). Each step applies through its trigger, and an unknown
 * answer counts as not done, so nothing a person might still need is left out.
 */
public final class Planner {

	/**
	 * What the triggers read: skill scores, the preparation done (null: not known), the depth of
	 * annotation work (null: not known), whether the person has a field, how many languages they could
	 * work in professionally (null: not known), and the role placement starts them at.
	 */
	public record Facts(Map<String, Integer> skillScores, List<String> preparationDone, Integer annotationDepth,
			boolean hasField, Integer professionalLanguages, String startRole) {
	}

	public List<NextStep> plan(List<NextStep> steps, Facts facts) {
		return steps.stream().filter(step -> applies(step, facts)).toList();
	}

	static boolean applies(NextStep step, Facts facts) {
		return switch (step.trigger()) {
			case "always" -> true;
			case "skill-below" -> facts.skillScores().getOrDefault(step.skillSlug(), 0) < step.threshold();
			case "not-prepared" -> facts.preparationDone() == null || !facts.preparationDone().contains(step.preparationSlug());
			case "annotation-below" -> facts.annotationDepth() == null || facts.annotationDepth() < step.threshold();
			case "field" -> facts.hasField();
			case "no-field" -> !facts.hasField();
			case "languages" -> facts.professionalLanguages() != null && facts.professionalLanguages() >= step.threshold();
			case "start-role" -> step.careerRoleSlug().equals(facts.startRole());
			default -> throw new IllegalArgumentException("Unknown trigger " + step.trigger() + " of " + step.slug());
		};
	}

}
