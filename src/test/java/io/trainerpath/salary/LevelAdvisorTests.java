package io.trainerpath.salary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trainerpath.salary.SalaryModel.Factor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The level a situation fits and the contradictions it names, against the seeded rules (loaded from the
 * migrations, see {@link SalaryModelFixture}), for the issue's personas and over every combination.
 */
class LevelAdvisorTests {

	static final SalaryModel MODEL = SalaryModelFixture.seeded();

	/** Every annotation answer, and not saying (null). */
	static final List<AnnotationExperience> ANNOTATIONS = new ArrayList<>(Arrays.asList(AnnotationExperience.values()));

	static {
		ANNOTATIONS.add(null);
	}

	/**
	 * A situation from neutral answers, with some changed: "experience=experience-new" and the like, plus
	 * "annotation=none" and "hours=20".
	 */
	static SalaryChoices situation(String band, String field, String... changes) {
		Map<String, String> options = new LinkedHashMap<>();
		SalaryRequests.factorParameters(MODEL)
			.forEach(factor -> options.put(factor, MODEL.factor(factor).orElseThrow().neutral().slug()));
		AnnotationExperience annotation = null;
		int hours = 40;
		for (String change : changes) {
			String[] parts = change.split("=");
			switch (parts[0]) {
				case "annotation" -> annotation = AnnotationExperience.of(parts[1]).orElseThrow();
				case "hours" -> hours = Integer.parseInt(parts[1]);
				default -> options.put(parts[0], parts[1]);
			}
		}
		return new SalaryChoices(band, field, options, hours).withAnnotation(annotation);
	}

	@Test
	void tellsTheDoctorNewToAnnotationWhoChoseSeniorThatHerAnswersFitTheMiddleLevel() {
		SalaryChoices doctor = situation("senior-expert", "medicine", "experience=experience-new", "annotation=none");

		LevelAdvice advice = LevelAdvisor.advise(MODEL, doctor);

		assertThat(advice.suggested().name()).isEqualTo("AI data trainer with domain expertise");
		assertThat(advice.chosen().slug()).isEqualTo("senior-expert");
		assertThat(advice.agrees()).isFalse();
		assertThat(advice.band().slug()).isEqualTo("senior-expert");
		assertThat(advice.contradictions()).extracting(Contradiction::slug).containsExactly("senior-but-new");
	}

	@Test
	void suggestsSeniorForASeasonedLegalReviewerAtALargeCompany() {
		SalaryChoices reviewer = situation("domain-trainer", "legal-document-review", "experience=experience-seasoned",
				"complexity=complexity-expert", "company=company-large-tech");

		LevelAdvice advice = LevelAdvisor.advise(MODEL, reviewer);

		assertThat(advice.suggested().slug()).isEqualTo("senior-expert");
		assertThat(advice.rule().slug()).isEqualTo("rare-expertise");
		assertThat(advice.contradictions()).isEmpty();
	}

	@Test
	void agreesWithAnEntryLevelEmployeeOnPartTimeHours() {
		SalaryChoices employee = situation("entry-annotator", "general", "experience=experience-new",
				"employment=employment-part-time", "complexity=complexity-straightforward", "hours=20");

		LevelAdvice advice = LevelAdvisor.advise(MODEL, employee);

		assertThat(advice.suggested().slug()).isEqualTo("entry-annotator");
		assertThat(advice.agrees()).isTrue();
		assertThat(advice.contradictions()).isEmpty();
	}

	@Test
	void namesEveryContradictionInTheIssuesSeniorNewcomerOnACrowdSite() {
		SalaryChoices answers = situation("senior-expert", "general", "experience=experience-new",
				"complexity=complexity-straightforward", "company=company-crowdsourcing");

		LevelAdvice advice = LevelAdvisor.advise(MODEL, answers);

		assertThat(advice.suggested().slug()).isEqualTo("entry-annotator");
		assertThat(advice.contradictions()).extracting(Contradiction::slug)
			.containsExactly("senior-but-new", "senior-but-simple-labelling", "senior-without-specialism",
					"senior-on-crowd-site");
	}

	@Test
	void suggestsALevelForSomeoneWhoIsNotSureAndUsesIt() {
		SalaryChoices unsure = situation(SalaryChoices.SUGGEST_LEVEL, "legal-document-review",
				"experience=experience-seasoned", "complexity=complexity-expert");

		LevelAdvice advice = LevelAdvisor.advise(MODEL, unsure);

		assertThat(advice.unsure()).isTrue();
		assertThat(advice.chosen()).isNull();
		assertThat(advice.agrees()).isTrue();
		assertThat(advice.band().slug()).isEqualTo("senior-expert");
	}

	@ParameterizedTest
	@CsvSource({ "senior-expert, medicine, experience=experience-new, senior-but-new",
			"senior-expert, law, complexity=complexity-straightforward, senior-but-simple-labelling",
			"senior-expert, general, experience=experience-seasoned, senior-without-specialism",
			"senior-expert, law, company=company-crowdsourcing, senior-on-crowd-site",
			"entry-annotator, medical-imaging, experience=experience-seasoned, entry-but-seasoned-in-niche",
			"entry-annotator, law, complexity=complexity-expert, entry-but-expert-judgement",
			"domain-trainer, law, experience=experience-seasoned annotation=none, seasoned-without-annotation",
			"domain-trainer, law, experience=experience-seasoned annotation=tried, seasoned-after-a-few-tasks",
			"domain-trainer, law, experience=experience-new annotation=led, new-after-leading",
			"domain-trainer, law, employment=employment-employee hours=20, full-time-on-few-hours",
			"domain-trainer, law, employment=employment-part-time hours=40, part-time-on-full-hours" })
	void namesEachContradictoryPair(String band, String field, String changes, String contradiction) {
		SalaryChoices choices = situation(band, field, changes.split(" "));

		assertThat(LevelAdvisor.advise(MODEL, choices).contradictions()).extracting(Contradiction::slug)
			.containsExactly(contradiction);
	}

	@Test
	void everySeededContradictionIsCoveredAbove() {
		assertThat(MODEL.contradictions()).extracting(Contradiction::slug)
			.containsExactlyInAnyOrder("senior-but-new", "senior-but-simple-labelling", "senior-without-specialism",
					"senior-on-crowd-site", "entry-but-seasoned-in-niche", "entry-but-expert-judgement",
					"seasoned-without-annotation", "seasoned-after-a-few-tasks", "new-after-leading",
					"full-time-on-few-hours", "part-time-on-full-hours");
	}

	@Test
	void namesNoContradictionWhenEveryAnswerIsNeutral() {
		for (SalaryModel.Band band : MODEL.bands()) {
			SalaryChoices neutral = SalaryCombinations.uniform(MODEL, band.slug(), Factor::neutral);

			assertThat(LevelAdvisor.advise(MODEL, neutral).contradictions()).as(band.slug()).isEmpty();
		}
	}

	/**
	 * Over every combination of answers and every annotation answer: a suggestion is the first rule that
	 * fits, whatever level was chosen; and choosing the suggested level never sets off a contradiction
	 * about the level.
	 */
	@Test
	void suggestsTheFirstFittingRuleWhateverLevelWasChosenAndNeverContradictsItself() {
		List<String> broken = new ArrayList<>();
		int situations = 0;

		for (SalaryChoices combination : SalaryCombinations.all(MODEL)) {
			for (AnnotationExperience annotation : ANNOTATIONS) {
				SalaryChoices choices = combination.withAnnotation(annotation);
				situations++;
				LevelRule rule = LevelAdvisor.suggestion(MODEL, choices);
				LevelRule firstFitting = MODEL.levelRules()
					.stream()
					.filter(candidate -> candidate.conditions().holdFor(MODEL, choices))
					.findFirst()
					.orElseThrow();
				if (rule != firstFitting) {
					broken.add("not the first fitting rule: " + choices);
				}
				if (LevelAdvisor.suggestion(MODEL, choices.atBand(SalaryChoices.SUGGEST_LEVEL)) != rule) {
					broken.add("the chosen level changed the suggestion: " + choices);
				}
				LevelAdvice followed = LevelAdvisor.advise(MODEL, choices.atBand(rule.band()));
				followed.contradictions()
					.stream()
					.filter(contradiction -> contradiction.chosenBand() != null)
					.forEach(contradiction -> broken.add(contradiction.slug() + " at the suggested level: " + choices));
			}
		}

		assertThat(situations).isEqualTo(SalaryCombinations.all(MODEL).size() * 5);
		assertThat(broken).isEmpty();
	}

	@Test
	void suggestsEveryLevelForSomeSituation() {
		assertThat(SalaryCombinations.all(MODEL)
			.stream()
			.flatMap(choices -> ANNOTATIONS.stream().map(choices::withAnnotation))
			.map(choices -> LevelAdvisor.suggestion(MODEL, choices).band())
			.distinct()).containsExactlyInAnyOrder("entry-annotator", "domain-trainer", "senior-expert");
	}

	@Test
	void endsTheRulesWithOneThatAsksNothing() {
		assertThat(MODEL.levelRules()).last().satisfies(rule -> assertThat(rule.conditions().askNothing()).isTrue());
		assertThat(MODEL.levelRules()).allSatisfy(rule -> assertThat(rule.reason()).isNotBlank());
	}

}
