package io.trainerpath.assessment;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.PayFactorOption;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happens to an assessment: start, save a step, complete, retake, delete. Every
 * change is checked against the quiz in the database, so a tampered request changes nothing.
 */
@Service
@Transactional
public class Assessments {

	/** The pay factor whose options answer "freelance or employed". */
	public static final String EMPLOYMENT_FACTOR = "employment";

	private final AssessmentRepository repository;

	private final QuizLoader quizLoader;

	private final Plans plans;

	private final Catalog catalog;

	private final ReadinessScorer scorer = new ReadinessScorer();

	private final Counter started;

	private final Counter completed;

	private final Clock clock = Clock.systemUTC();

	Assessments(AssessmentRepository repository, QuizLoader quizLoader, Plans plans, Catalog catalog,
			MeterRegistry meters) {
		this.repository = repository;
		this.quizLoader = quizLoader;
		this.plans = plans;
		this.catalog = catalog;
		this.started = Counter.builder("trainerpath.assessments.started")
			.description("Readiness quizzes started, retakes included")
			.register(meters);
		this.completed = Counter.builder("trainerpath.assessments.completed")
			.description("Readiness quizzes completed and scored")
			.register(meters);
	}

	@Transactional(readOnly = true)
	public Quiz quiz() {
		return quizLoader.load();
	}

	/** The rules that turn a scored attempt into placement and a plan. */
	@Transactional(readOnly = true)
	public Advice advice() {
		return quizLoader.advice();
	}

	/** The options for "freelance or employed", from the guide's pay factors. */
	@Transactional(readOnly = true)
	public List<PayFactorOption> employmentOptions() {
		return catalog.payFactors()
			.stream()
			.filter(factor -> factor.getSlug().equals(EMPLOYMENT_FACTOR))
			.flatMap(factor -> factor.getOptions().stream())
			.toList();
	}

	/** A first attempt, in a new plan of its own. */
	public Assessment start() {
		Assessment assessment = repository.save(new Assessment(Tokens.next(), null, plans.create().getId(), clock));
		started.increment();
		return assessment;
	}

	@Transactional(readOnly = true)
	public Optional<Assessment> find(String token) {
		if (!Tokens.isWellFormed(token)) {
			return Optional.empty();
		}
		return repository.findByToken(token);
	}

	@Transactional(readOnly = true)
	public Optional<Assessment> previousOf(Assessment assessment) {
		return Optional.ofNullable(assessment.getPreviousId()).flatMap(repository::findById);
	}

	/**
	 * A new draft in the same plan, linked to a completed attempt, with the same "About you" answers to
	 * start from. A plan holds one draft at a time: a second retake (a double click, another tab) returns
	 * the draft already begun.
	 */
	public Optional<Assessment> retake(String token) {
		return find(token).filter(Assessment::isCompleted).map(previous -> {
			Optional<Assessment> begun = repository.findByPlanIdOrderByCreatedAtAscIdAsc(previous.getPlanId())
				.stream()
				.filter(attempt -> !attempt.isCompleted())
				.findFirst();
			if (begun.isPresent()) {
				return begun.get();
			}
			Assessment next = new Assessment(Tokens.next(), previous.getId(), previous.getPlanId(), clock);
			previous.profile().ifPresent(profile -> next.saveProfile(profile, clock));
			started.increment();
			return repository.save(next);
		});
	}

	public Optional<Assessment> saveProfile(String token, Profile profile) {
		check(profile);
		return find(token).map(assessment -> {
			assessment.saveProfile(profile, clock);
			return repository.save(assessment);
		});
	}

	/**
	 * Saves one skill step when each of its questions has an answer, and returns the questions still
	 * unanswered (then nothing is saved). An answer to a question of another step, or an option the
	 * question does not have, is refused: no form could send it.
	 */
	public List<QuizQuestion> saveStep(String token, int step, Map<String, String> given) {
		Quiz quiz = quiz();
		List<QuizQuestion> questions = quiz.questionsOfStep(step);
		if (questions.isEmpty()) {
			throw new InvalidAnswersException("Step " + step + " has no questions");
		}
		Set<String> slugs = questions.stream().map(QuizQuestion::slug).collect(Collectors.toSet());
		if (!slugs.containsAll(given.keySet())) {
			throw new InvalidAnswersException("Answers must match the questions of step " + step);
		}
		given.forEach((question, option) -> checkOption(quiz.question(question).orElseThrow(), option));
		List<QuizQuestion> unanswered = questions.stream().filter(q -> !given.containsKey(q.slug())).toList();
		if (unanswered.isEmpty()) {
			find(token).ifPresent(assessment -> {
				assessment.saveAnswers(given, clock);
				repository.save(assessment);
			});
		}
		return unanswered;
	}

	/** Scores a draft whose every step is answered and stores the result. */
	public Optional<Assessment> complete(String token) {
		return find(token).map(assessment -> {
			Quiz quiz = quiz();
			if (assessment.isCompleted()) {
				throw new AssessmentLockedException();
			}
			if (assessment.firstUnansweredStep(quiz).isPresent()) {
				throw new InvalidAnswersException("Not every step is answered yet");
			}
			assessment.complete(scorer.score(quiz.questions(), quiz.weights(), quiz.levels(), assessment.answers(),
					assessment.profile().orElseThrow().hasField()), clock);
			completed.increment();
			return repository.save(assessment);
		});
	}

	/**
	 * Creates and completes an assessment in one go, as the API does. Every question must be answered;
	 * the practice task may be left out as a whole (clients written for the first edition do not know
	 * it), and is then scored as not taken.
	 */
	public Assessment submit(Profile profile, Map<String, String> chosen) {
		check(profile);
		Quiz quiz = quiz();
		boolean practiceTaken = quiz.practiceItems().stream().anyMatch(item -> chosen.containsKey(item.slug()));
		List<QuizQuestion> scored = quiz.questions().stream().filter(q -> practiceTaken || !q.practice()).toList();
		for (QuizQuestion question : scored) {
			checkOption(question, chosen.get(question.slug()));
		}
		if (chosen.size() != scored.size()) {
			throw new InvalidAnswersException("Answers name questions that are not in the quiz");
		}
		Assessment assessment = new Assessment(Tokens.next(), null, plans.create().getId(), clock);
		assessment.saveProfile(profile, clock);
		assessment.saveAnswers(chosen, clock);
		assessment.complete(scorer.score(scored, quiz.weights(), quiz.levels(), chosen, profile.hasField()), clock);
		started.increment();
		completed.increment();
		return repository.save(assessment);
	}

	/** Every code in the profile must exist; anything else is something no form of ours could send. */
	private void check(Profile profile) {
		if (catalog.domain(profile.domainSlug()).isEmpty()) {
			throw new InvalidAnswersException("Unknown field of expertise");
		}
		if (employmentOptions().stream().noneMatch(option -> option.getSlug().equals(profile.employment()))) {
			throw new InvalidAnswersException("Unknown employment option");
		}
		if (profile.workTypes().stream().anyMatch(slug -> catalog.workType(slug).isEmpty())
				|| new HashSet<>(profile.workTypes()).size() != profile.workTypes().size()) {
			throw new InvalidAnswersException("Unknown or repeated kind of work");
		}
		ProfileChoices choices = quiz().choices();
		if (profile.annotationExperience() != null
				&& choices.annotationExperience(profile.annotationExperience()).isEmpty()) {
			throw new InvalidAnswersException("Unknown annotation experience");
		}
		if (profile.languages() != null && profile.languages().entrySet().stream().anyMatch(
				language -> choices.language(language.getKey()).isEmpty()
						|| choices.languageLevel(language.getValue()).isEmpty())) {
			throw new InvalidAnswersException("Unknown language or level");
		}
		if (profile.preparation() != null && (profile.preparation().stream().anyMatch(
				step -> choices.preparation(step).isEmpty())
				|| new HashSet<>(profile.preparation()).size() != profile.preparation().size())) {
			throw new InvalidAnswersException("Unknown or repeated preparation step");
		}
	}

	private static void checkOption(QuizQuestion question, String optionSlug) {
		if (optionSlug == null || question.option(optionSlug).isEmpty()) {
			throw new InvalidAnswersException("Not an option of question " + question.slug());
		}
	}

}
