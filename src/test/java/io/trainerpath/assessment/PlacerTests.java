package io.trainerpath.assessment;

import java.util.List;

import io.trainerpath.assessment.PlacementRule.Condition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlacerTests {

	static final List<PlacementRule> RULES = List.of(
			new PlacementRule("start-senior", "start", "senior", "senior-band", 2, true, 8, 70, 60, "."),
			new PlacementRule("start-trainer", "start", "trainer", "trainer-band", null, true, 3, 50, null, "."),
			new PlacementRule("start-entry", "start", "entry", "entry-band", null, false, null, null, null, "."),
			new PlacementRule("branch-consultant", "branch", "consultant", null, 3, true, 10, 80, null, "."));

	final Placer placer = new Placer();

	@Test
	void startsASpecialistWithNoAnnotationWorkAsATrainerAndNamesWhatSeniorStillNeeds() {
		Placement placement = placer.place(RULES, new PlacementFacts(0, true, 12, 95, 100));

		assertThat(placement.start().slug()).isEqualTo("start-trainer");
		assertThat(placement.startGrounds()).extracting(Condition::kind)
			.containsExactly(Condition.Kind.FIELD, Condition.Kind.YEARS, Condition.Kind.DOMAIN_SCORE);
		assertThat(placement.next().slug()).isEqualTo("start-senior");
		assertThat(placement.nextNeeds()).containsExactly(new Condition(Condition.Kind.ANNOTATION, 2, 0, false));
		assertThat(placement.branches()).isEmpty();
	}

	@Test
	void startsSeniorOnlyWithPaidAnnotationWorkAndDeepExpertiseAndOffersTheBranchesThatHold() {
		Placement placement = placer.place(RULES, new PlacementFacts(3, true, 15, 90, 75));

		assertThat(placement.start().slug()).isEqualTo("start-senior");
		assertThat(placement.next()).isNull();
		assertThat(placement.nextNeeds()).isEmpty();
		assertThat(placement.branches()).extracting(PlacementRule::slug).containsExactly("branch-consultant");
	}

	@Test
	void neverPutsSomeoneWithoutAFieldAboveEntryWhateverElseTheySay() {
		Placement placement = placer.place(RULES, new PlacementFacts(3, false, 30, 100, 100));

		assertThat(placement.start().slug()).isEqualTo("start-entry");
		assertThat(placement.nextNeeds()).extracting(Condition::kind).containsExactly(Condition.Kind.FIELD);
	}

	@Test
	void treatsUnknownAnswersCautiouslyAndSaysWhichWouldSharpenThePlacement() {
		Placement placement = placer.place(RULES, new PlacementFacts(null, true, 20, 100, null));

		assertThat(placement.start().slug()).isEqualTo("start-trainer");
		assertThat(placement.nextNeeds()).extracting(Condition::kind)
			.containsExactly(Condition.Kind.ANNOTATION, Condition.Kind.PRACTICE);
		assertThat(placement.unknown()).containsExactly(Condition.Kind.ANNOTATION, Condition.Kind.PRACTICE);
	}

	@Test
	void asksNothingMoreOfSomeoneAlreadyAtTheBottomRungThanTheRungsAboveNeed() {
		Placement placement = placer.place(RULES, new PlacementFacts(null, false, 0, 10, null));

		assertThat(placement.start().slug()).isEqualTo("start-entry");
		assertThat(placement.next().slug()).isEqualTo("start-trainer");
		assertThat(placement.unknown()).containsExactly(Condition.Kind.ANNOTATION, Condition.Kind.PRACTICE);
	}

	@Test
	void needsAStartRuleThatAlwaysHolds() {
		List<PlacementRule> noFallback = RULES.subList(0, 2);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> placer.place(noFallback, new PlacementFacts(0, false, 0, 0, 0)));
	}

}
