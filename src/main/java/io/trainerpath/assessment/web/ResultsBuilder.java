package io.trainerpath.assessment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trainerpath.assessment.Advice;
import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.NextStep;
import io.trainerpath.assessment.Placement;
import io.trainerpath.assessment.PlacementFacts;
import io.trainerpath.assessment.PlacementRule;
import io.trainerpath.assessment.PlacementRule.Condition;
import io.trainerpath.assessment.Placer;
import io.trainerpath.assessment.Planner;
import io.trainerpath.assessment.Profile;
import io.trainerpath.assessment.ProfileChoices;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizOption;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.assessment.ReadinessScorer;
import io.trainerpath.assessment.Reason;
import io.trainerpath.assessment.Recommendations;
import io.trainerpath.assessment.Recommender;
import io.trainerpath.assessment.SkillWeight;
import io.trainerpath.assessment.web.Results.Line;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.Domain;
import io.trainerpath.catalog.Platform;
import io.trainerpath.catalog.Skill;
import io.trainerpath.catalog.WorkType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns a completed assessment into what its results page shows: the stored scores, the practice task
 * marked against its key, placement on the career path, and a plan of next steps. The rules are data
 * ({@link Advice}); the catalog supplies names, roles, bands and platforms.
 */
@Component
class ResultsBuilder {

	/** The skill whose score placement reads as expertise in the person's field. */
	static final String DOMAIN_SKILL = "domain-expertise";

	private static final int PLATFORMS_SHOWN = 3;

	private final Catalog catalog;

	private final Recommender recommender = new Recommender();

	private final Placer placer = new Placer();

	private final Planner planner = new Planner();

	ResultsBuilder(Catalog catalog) {
		this.catalog = catalog;
	}

	Results build(Assessment assessment, Optional<Assessment> previous, Quiz quiz, Advice advice) {
		List<String> order = quiz.weights().stream().map(SkillWeight::skillSlug).toList();
		Map<String, Integer> scores = assessment.skillScores(order);
		Map<String, Integer> previousScores = previous.filter(Assessment::isCompleted)
			.map(p -> p.skillScores(order))
			.orElse(Map.of());
		Profile profile = assessment.profile().orElseThrow();
		Map<String, String> answers = assessment.answers();
		Domain field = catalog.domain(profile.domainSlug()).orElseThrow();
		Integer practicePercent = ReadinessScorer.practicePercent(quiz.questions(), answers);
		ProfileChoices choices = quiz.choices();
		Integer annotationDepth = Optional.ofNullable(profile.annotationExperience())
			.flatMap(choices::annotationExperience)
			.map(ProfileChoices.AnnotationExperience::depth)
			.orElse(null);

		Placement placement = placer.place(advice.placementRules(), new PlacementFacts(annotationDepth,
				profile.hasField(), profile.yearsOfExperience(), scores.getOrDefault(DOMAIN_SKILL, 0), practicePercent));
		List<String> professional = professionalLanguages(profile, choices);
		List<NextStep> steps = planner.plan(advice.nextSteps(),
				new Planner.Facts(scores, profile.preparation(), annotationDepth, profile.hasField(),
						profile.languages() == null ? null : professional.size(), placement.start().careerRoleSlug()));
		Recommendations recommendations = recommender.recommend(quiz.rules(), scores, assessment.getOverallScore(),
				profile.yearsOfExperience());

		List<Results.SkillLine> skills = quiz.weights()
			.stream()
			.map(weight -> new Results.SkillLine(skill(weight.skillSlug()), scores.get(weight.skillSlug()),
					weight.weight(), previousScores.containsKey(weight.skillSlug())
							? scores.get(weight.skillSlug()) - previousScores.get(weight.skillSlug()) : null))
			.toList();
		Texts texts = new Texts(profile, field, professional, catalog.careerRole(placement.start().careerRoleSlug())
			.orElseThrow()
			.getName());
		return new Results(assessment.getToken(), assessment.getOverallScore(),
				quiz.level(assessment.getLevelSlug()).orElseThrow(), field.getName(), !profile.hasField(),
				profile.yearsOfExperience(), profile.hoursPerWeek(), skills,
				recommendations.strengths().stream().map(this::skill).toList(),
				recommendations.gaps().stream().map(slug -> gap(slug, scores, answers, quiz)).toList(),
				practice(quiz, answers, practicePercent),
				placementView(placement, profile, choices, practicePercent),
				plan(steps, texts, scores, answers, quiz, choices, profile), platforms(advice, placement, profile),
				workTypes(recommendations, profile), catalog.workTypes()
					.stream()
					.filter(type -> profile.workTypes().contains(type.getSlug()))
					.toList(),
				salaryPath(placement, profile, choices), !previousScores.isEmpty());
	}

	/** What a step's text can name: the person's field and its typical tasks, languages, starting role. */
	private record Texts(Profile profile, Domain field, List<String> languages, String role) {

		String fill(String text) {
			return text.replace("{field}", field.getName().toLowerCase(java.util.Locale.ROOT))
				.replace("{examples}", field.getExamples())
				.replace("{languages}", String.join(", ", languages))
				.replace("{role}", role);
		}

	}

	private Results.Practice practice(Quiz quiz, Map<String, String> answers, Integer percent) {
		List<QuizQuestion> items = quiz.practiceItems();
		if (percent == null) {
			return new Results.Practice(false, 0, 0, items.size(), List.of());
		}
		List<Results.PracticeItem> lines = items.stream().map(item -> {
			QuizOption given = item.option(answers.get(item.slug())).orElseThrow();
			QuizOption key = item.best();
			return new Results.PracticeItem(item.prompt(), given.label(), key.label(), given.equals(key),
					quiz.practice().explanations().get(item.slug()));
		}).toList();
		int right = (int) lines.stream().filter(Results.PracticeItem::right).count();
		return new Results.Practice(true, percent, right, items.size(), lines);
	}

	private Results.PlacementView placementView(Placement placement, Profile profile, ProfileChoices choices,
			Integer practice) {
		Results.Rung start = rung(placement.start(), placement.startGrounds().stream()
			.map(condition -> ground(condition, profile, choices))
			.toList());
		Results.Rung next = placement.next() == null ? null : rung(placement.next(), List.of());
		List<Line> needs = placement.nextNeeds().stream().map(condition -> need(condition, profile, choices)).toList();
		List<Results.Rung> branches = placement.branches().stream().map(rule -> rung(rule, List.of())).toList();
		List<Line> sharpen = placement.unknown()
			.stream()
			.map(kind -> new Line("assessment.results.sharpen." + kind.name().toLowerCase(java.util.Locale.ROOT)))
			.toList();
		return new Results.PlacementView(start, next, needs, branches, sharpen);
	}

	private Results.Rung rung(PlacementRule rule, List<Line> grounds) {
		return new Results.Rung(catalog.careerRole(rule.careerRoleSlug()).orElseThrow(),
				rule.payBandSlug() == null ? null : catalog.payBand(rule.payBandSlug()).orElseThrow(), rule.reason(),
				grounds);
	}

	/** A condition that holds, as "what you told us". */
	private Line ground(Condition condition, Profile profile, ProfileChoices choices) {
		return switch (condition.kind()) {
			case ANNOTATION -> new Line("assessment.results.ground.annotation", annotationLabel(profile, choices));
			case FIELD -> new Line("assessment.results.ground.field", fieldName(profile));
			case YEARS -> new Line("assessment.results.ground.years", condition.actual());
			case DOMAIN_SCORE -> new Line("assessment.results.ground.domain", condition.actual());
			case PRACTICE -> new Line("assessment.results.ground.practice", condition.actual());
		};
	}

	/** A condition that does not hold yet, as "what it takes, and where you are". */
	private Line need(Condition condition, Profile profile, ProfileChoices choices) {
		return switch (condition.kind()) {
			case ANNOTATION -> new Line("assessment.results.need.annotation", choices.annotationExperience()
				.stream()
				.filter(level -> level.depth() == condition.required())
				.findFirst()
				.orElseThrow()
				.label(), annotationLabel(profile, choices));
			case FIELD -> new Line("assessment.results.need.field");
			case YEARS -> profile.hasField()
					? new Line("assessment.results.need.years", condition.required(), condition.actual())
					: new Line("assessment.results.need.years.generalist", condition.required());
			case DOMAIN_SCORE -> new Line("assessment.results.need.domain", condition.required(), condition.actual());
			case PRACTICE -> condition.actual() == null
					? new Line("assessment.results.need.practice.untaken", condition.required())
					: new Line("assessment.results.need.practice", condition.required(), condition.actual());
		};
	}

	private static String annotationLabel(Profile profile, ProfileChoices choices) {
		return Optional.ofNullable(profile.annotationExperience())
			.flatMap(choices::annotationExperience)
			.map(ProfileChoices.AnnotationExperience::label)
			.orElse(null);
	}

	private String fieldName(Profile profile) {
		return catalog.domain(profile.domainSlug()).orElseThrow().getName();
	}

	private List<Results.Phase> plan(List<NextStep> steps, Texts texts, Map<String, Integer> scores,
			Map<String, String> answers, Quiz quiz, ProfileChoices choices, Profile profile) {
		Map<String, List<Results.Step>> phases = new LinkedHashMap<>();
		for (NextStep step : steps) {
			String text = profile.hasField() || step.generalistText() == null ? step.text() : step.generalistText();
			phases.computeIfAbsent(step.phase(), phase -> new ArrayList<>())
				.add(new Results.Step(step.slug(), texts.fill(step.title()), texts.fill(text),
						time(step, profile.hoursPerWeek()), because(step, texts, scores, answers, quiz, choices),
						step.hours(), NextStep.ONGOING.equals(step.phase())));
		}
		return phases.entrySet().stream().map(phase -> new Results.Phase(phase.getKey(), phase.getValue())).toList();
	}

	/** Rough effort at the person's hours: weeks for a one-off step, hours a week for an ongoing one. */
	private static Line time(NextStep step, int hoursPerWeek) {
		if (NextStep.ONGOING.equals(step.phase())) {
			return new Line("assessment.results.plan.time.ongoing", step.hours());
		}
		int weeks = (step.hours() + hoursPerWeek - 1) / hoursPerWeek;
		return new Line("assessment.results.plan.time", step.hours(), weeks, hoursPerWeek);
	}

	/** The answer a step came from. */
	private Line because(NextStep step, Texts texts, Map<String, Integer> scores, Map<String, String> answers,
			Quiz quiz, ProfileChoices choices) {
		Profile profile = texts.profile();
		return switch (step.trigger()) {
			case "skill-below" -> {
				Optional<QuestionAndAnswer> weakest = weakestAnswer(step.skillSlug(), answers, quiz);
				String skill = skill(step.skillSlug()).getName();
				int score = scores.getOrDefault(step.skillSlug(), 0);
				yield weakest.map(w -> new Line("assessment.results.plan.because.skill", skill, score,
						w.answer().label(!profile.hasField()), w.question().shortPrompt()))
					.orElseGet(() -> new Line("assessment.results.plan.because.score", skill, score));
			}
			case "not-prepared" -> new Line(profile.preparation() == null ? "assessment.results.plan.because.unknownPreparation"
					: "assessment.results.plan.because.notPrepared",
					choices.preparation(step.preparationSlug()).orElseThrow().label());
			case "annotation-below" -> profile.annotationExperience() == null
					? new Line("assessment.results.plan.because.unknownAnnotation")
					: new Line("assessment.results.plan.because.annotation", annotationLabel(profile, choices));
			case "field" -> new Line("assessment.results.plan.because.field", texts.field().getName());
			case "no-field" -> new Line("assessment.results.plan.because.noField");
			case "languages" -> new Line("assessment.results.plan.because.languages", String.join(", ", texts.languages()));
			default -> new Line("assessment.results.plan.because.start", texts.role());
		};
	}

	private record QuestionAndAnswer(QuizQuestion question, QuizOption answer) {
	}

	private Results.Gap gap(String skillSlug, Map<String, Integer> scores, Map<String, String> answers, Quiz quiz) {
		Skill skill = skill(skillSlug);
		Optional<QuestionAndAnswer> weakest = weakestAnswer(skillSlug, answers, quiz);
		return new Results.Gap(skill, scores.get(skillSlug), weakest.map(QuestionAndAnswer::question).orElse(null),
				weakest.map(QuestionAndAnswer::answer).orElse(null), catalog.roadmapStepsBuilding(skill));
	}

	/** The answer that pulled a skill down most: the reason given for working on it. */
	private static Optional<QuestionAndAnswer> weakestAnswer(String skillSlug, Map<String, String> answers, Quiz quiz) {
		return quiz.questionsOfSkill(skillSlug)
			.stream()
			.flatMap(question -> question.option(answers.getOrDefault(question.slug(), ""))
				.map(option -> new QuestionAndAnswer(question, option))
				.stream())
			.min(Comparator.comparingInt(pair -> pair.answer().score()));
	}

	/** The first platforms for the starting role that offer a kind of work the person chose, or the first ones. */
	private List<Platform> platforms(Advice advice, Placement placement, Profile profile) {
		List<Platform> candidates = advice.platformsByRole()
			.getOrDefault(placement.start().careerRoleSlug(), List.of())
			.stream()
			.flatMap(slug -> catalog.platforms().stream().filter(p -> p.getSlug().equals(slug)))
			.toList();
		List<Platform> matching = candidates.stream()
			.filter(platform -> platform.getWorkTypes().stream().anyMatch(t -> profile.workTypes().contains(t.getSlug())))
			.toList();
		return (matching.isEmpty() ? candidates : matching).stream().limit(PLATFORMS_SHOWN).toList();
	}

	private List<Results.WorkTypeLine> workTypes(Recommendations recommendations, Profile profile) {
		return recommendations.workTypes()
			.stream()
			.map(match -> new Results.WorkTypeLine(catalog.workType(match.rule().workTypeSlug()).orElseThrow(),
					match.rule().explanation(), reasons(match.reasons()),
					profile.workTypes().contains(match.rule().workTypeSlug())))
			.toList();
	}

	private List<Results.ReasonLine> reasons(List<Reason> reasons) {
		return reasons.stream()
			.map(reason -> new Results.ReasonLine(reason.kind(),
					reason.skillSlug() == null ? null : skill(reason.skillSlug()), reason.actual(), reason.required()))
			.toList();
	}

	private static List<String> professionalLanguages(Profile profile, ProfileChoices choices) {
		if (profile.languages() == null) {
			return List.of();
		}
		// in the order the quiz lists languages, not the order they were stored in
		return choices.languages()
			.stream()
			.filter(language -> choices.languageLevel(profile.languages().getOrDefault(language.slug(), ""))
				.map(ProfileChoices.Choice::professional)
				.orElse(false))
			.map(ProfileChoices.Choice::label)
			.toList();
	}

	/**
	 * The estimator, filled with what the person told us and where placement starts them: the level is
	 * the recommended start, the experience their annotation experience (left out when not known).
	 */
	private static String salaryPath(Placement placement, Profile profile, ProfileChoices choices) {
		UriComponentsBuilder path = UriComponentsBuilder.fromPath("/salary")
			.queryParam("band", placement.start().payBandSlug())
			.queryParam("domain", profile.domainSlug())
			.queryParam("hours", profile.hoursPerWeek())
			.queryParam("employment", profile.employment());
		Optional.ofNullable(profile.annotationExperience())
			.flatMap(choices::annotationExperience)
			.ifPresent(level -> path.queryParam("experience", level.salaryExperience()).queryParam("annotation",
					level.slug()));
		return path.queryParam("from", "quiz").build().encode().toUriString();
	}

	private Skill skill(String slug) {
		return catalog.skill(slug).orElseThrow();
	}

}
