package io.trainerpath.assessment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTests {

	static final List<NextStep> STEPS = List.of(step("course", "first", "not-prepared", null, null, "ai-course", null),
			step("detail", "first", "skill-below", "attention-to-detail", 60, null, null),
			step("entry-task", "soon", "start-role", null, null, null, "entry"),
			step("trainer-task", "soon", "start-role", null, null, null, "trainer"),
			step("field", "soon", "field", null, null, null, null),
			step("everyday", "soon", "no-field", null, null, null, null),
			step("languages", "soon", "languages", null, 2, null, null),
			step("paid", "soon", "annotation-below", null, 2, null, null),
			step("community", "ongoing", "always", null, null, null, null));

	final Planner planner = new Planner();

	@Test
	void holdsTheStepsWhoseTriggersHoldInTheirOrder() {
		List<NextStep> plan = planner.plan(STEPS, new Planner.Facts(Map.of("attention-to-detail", 50), List.of(), 0,
				true, 1, "trainer"));

		assertThat(plan).extracting(NextStep::slug)
			.containsExactly("course", "detail", "trainer-task", "field", "paid", "community");
	}

	@Test
	void leavesOutWhatIsDoneOrStrongAndWritesForGeneralists() {
		List<NextStep> plan = planner.plan(STEPS, new Planner.Facts(Map.of("attention-to-detail", 60),
				List.of("ai-course"), 2, false, 3, "entry"));

		assertThat(plan).extracting(NextStep::slug)
			.containsExactly("entry-task", "everyday", "languages", "community");
	}

	@Test
	void countsAnAnswerItDoesNotHaveAsNotDone() {
		List<NextStep> plan = planner.plan(STEPS, new Planner.Facts(Map.of("attention-to-detail", 90), null, null,
				true, null, "trainer"));

		assertThat(plan).extracting(NextStep::slug).contains("course", "paid").doesNotContain("languages");
	}

	private static NextStep step(String slug, String phase, String trigger, String skill, Integer threshold,
			String preparation, String role) {
		return new NextStep(slug, phase, 1, null, trigger, skill, threshold, preparation, role, slug, ".", null);
	}

}
