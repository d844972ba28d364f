package io.trainerpath.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's plan: the attempts it gathers, the progress recorded on its steps, and deleting it, all of
 * it or one attempt. Deleted links are remembered (as hashes) so they can say so.
 */
@Service
@Transactional
public class Plans {

	/** The version a step's form carries while the step has no record yet. */
	public static final int NEVER_SAVED = -1;

	private final PlanRepository plans;

	private final AssessmentRepository attempts;

	private final StepProgressRepository progress;

	private final DeletedLinkRepository deletedLinks;

	private final Clock clock = Clock.systemUTC();

	Plans(PlanRepository plans, AssessmentRepository attempts, StepProgressRepository progress,
			DeletedLinkRepository deletedLinks) {
		this.plans = plans;
		this.attempts = attempts;
		this.progress = progress;
		this.deletedLinks = deletedLinks;
	}

	/** What saving a step's status and note came to. */
	public enum Saved {

		/** Stored as given. */
		SAVED,

		/** Already stored exactly so: a second click, or the same change from another tab. */
		UNCHANGED,

		/** Someone changed the step after this form was shown; nothing was stored. */
		STALE

	}

	/** What deleting one attempt removed. */
	public enum Deleted {

		NOTHING, ATTEMPT, EVERYTHING

	}

	Plan create() {
		return plans.save(new Plan(Tokens.next(), clock));
	}

	@Transactional(readOnly = true)
	public Optional<Plan> find(String token) {
		if (!Tokens.isWellFormed(token)) {
			return Optional.empty();
		}
		return plans.findByToken(token);
	}

	@Transactional(readOnly = true)
	public Plan planOf(Assessment attempt) {
		return plans.findById(attempt.getPlanId()).orElseThrow();
	}

	/** Every attempt in the plan, oldest first. */
	@Transactional(readOnly = true)
	public List<Assessment> attempts(Plan plan) {
		return attempts.findByPlanIdOrderByCreatedAtAscIdAsc(plan.getId());
	}

	/** The plan's attempts, oldest first, by id and token only. */
	@Transactional(readOnly = true)
	public List<AttemptRef> attemptRefs(Plan plan) {
		return attempts.findRefsByPlanIdOrderByCreatedAtAscIdAsc(plan.getId());
	}

	/** The records kept for the plan's steps, including steps a retake has since left out. */
	@Transactional(readOnly = true)
	public List<StepProgress> progress(Plan plan) {
		return progress.findByPlan(plan.getId());
	}

	/**
	 * Stores a step's status and note if the form was made from what is stored now ({@code seenVersion}:
	 * the record's version, or {@link #NEVER_SAVED}). A step the plan does not hold is refused: only a
	 * tampered form sends one. Two saves racing past the check fail at commit, as stale.
	 */
	public Saved record(Plan plan, String stepSlug, Set<String> stepsInPlan, StepProgress.Status status, String note,
			int seenVersion) {
		if (!stepsInPlan.contains(stepSlug)) {
			throw new UnknownStepException();
		}
		Optional<StepProgress> stored = progress.find(plan.getId(), stepSlug);
		if (stored.map(record -> record.holds(status, note)).orElse(status == StepProgress.Status.NOT_STARTED && note.isEmpty())) {
			return Saved.UNCHANGED;
		}
		int storedVersion = stored.map(StepProgress::getVersion).orElse(NEVER_SAVED);
		if (storedVersion != seenVersion) {
			return Saved.STALE;
		}
		StepProgress record = stored.orElseGet(() -> new StepProgress(plan.getId(), stepSlug));
		record.record(status, note, clock);
		progress.saveAndFlush(record);
		return Saved.SAVED;
	}

	/** Deletes every attempt, every record and the plan, and remembers each of their links as deleted. */
	public boolean deleteEverything(String token) {
		return find(token).map(plan -> {
			deleteEverything(plan);
			return true;
		}).orElse(false);
	}

	/**
	 * Deletes one attempt. The plan's only attempt takes the plan with it, since a plan without attempts
	 * would keep notes about nothing the person can see.
	 */
	public Deleted deleteAttempt(String token) {
		Optional<Assessment> attempt = Tokens.isWellFormed(token) ? attempts.findByToken(token) : Optional.empty();
		if (attempt.isEmpty()) {
			return Deleted.NOTHING;
		}
		Plan plan = planOf(attempt.get());
		if (attemptRefs(plan).size() == 1) {
			deleteEverything(plan);
			return Deleted.EVERYTHING;
		}
		attempts.delete(attempt.get());
		forget(Set.of(token));
		return Deleted.ATTEMPT;
	}

	/** Whether the link once led to data its owner deleted. */
	@Transactional(readOnly = true)
	public boolean wasDeleted(String token) {
		return Tokens.isWellFormed(token) && deletedLinks.existsById(DeletedLink.hash(token));
	}

	private void deleteEverything(Plan plan) {
		List<Assessment> all = attempts(plan);
		Set<String> links = new LinkedHashSet<>();
		links.add(plan.getToken());
		all.forEach(attempt -> links.add(attempt.getToken()));
		progress.deleteAll(progress(plan));
		attempts.deleteAll(all);
		plans.delete(plan);
		forget(links);
	}

	private void forget(Set<String> links) {
		LocalDate today = LocalDate.now(clock);
		links.forEach(link -> deletedLinks.save(new DeletedLink(link, today)));
	}

}
