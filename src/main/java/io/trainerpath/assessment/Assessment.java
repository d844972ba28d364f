package io.trainerpath.assessment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One person's attempt at the quiz, reachable only through its random token. A draft collects
 * answers step by step; completing it stores the scores, after which nothing can change.
 */
@Entity
@Table(name = "assessments")
public class Assessment {

	public enum Status {

		DRAFT, COMPLETED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String token;

	@Enumerated(EnumType.STRING)
	private Status status;

	private LocalDateTime createdAt;

	private LocalDateTime updatedAt;

	private LocalDateTime completedAt;

	private Long previousId;

	private Long planId;

	private String domainSlug;

	private Integer yearsOfExperience;

	private Integer hoursPerWeek;

	private String employment;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "assessment_work_types", joinColumns = @JoinColumn(name = "assessment_id"))
	@Column(name = "work_type_slug")
	private Set<String> workTypes = new HashSet<>();

	@OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	private Set<AssessmentAnswer> answers = new HashSet<>();

	private String annotationExperience;

	private boolean languagesGiven;

	private boolean preparationGiven;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "assessment_languages", joinColumns = @JoinColumn(name = "assessment_id"))
	@MapKeyColumn(name = "language_slug")
	@Column(name = "level_slug")
	private Map<String, String> languages = new HashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "assessment_preparation", joinColumns = @JoinColumn(name = "assessment_id"))
	@Column(name = "preparation_slug")
	private Set<String> preparation = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "assessment_skill_scores", joinColumns = @JoinColumn(name = "assessment_id"))
	@MapKeyColumn(name = "skill_slug")
	@Column(name = "score")
	private Map<String, Integer> skillScores = new HashMap<>();

	private Integer overallScore;

	private String levelSlug;

	@Version
	private int version;

	protected Assessment() {
	}

	public Assessment(String token, Long previousId, Long planId, Clock clock) {
		this.token = token;
		this.previousId = previousId;
		this.planId = planId;
		this.status = Status.DRAFT;
		this.createdAt = LocalDateTime.now(clock);
		this.updatedAt = this.createdAt;
	}

	public Long getId() {
		return id;
	}

	public String getToken() {
		return token;
	}

	public Status getStatus() {
		return status;
	}

	public boolean isCompleted() {
		return status == Status.COMPLETED;
	}

	public LocalDateTime getCreatedAt() {
		return createdAt;
	}

	public LocalDateTime getUpdatedAt() {
		return updatedAt;
	}

	public LocalDateTime getCompletedAt() {
		return completedAt;
	}

	public Long getPreviousId() {
		return previousId;
	}

	/** The plan that gathers this attempt with the person's others. */
	public Long getPlanId() {
		return planId;
	}

	public String getDomainSlug() {
		return domainSlug;
	}

	public Integer getYearsOfExperience() {
		return yearsOfExperience;
	}

	public Integer getHoursPerWeek() {
		return hoursPerWeek;
	}

	public String getEmployment() {
		return employment;
	}

	public Set<String> getWorkTypes() {
		return Collections.unmodifiableSet(workTypes);
	}

	public Optional<Profile> profile() {
		if (domainSlug == null) {
			return Optional.empty();
		}
		return Optional.of(new Profile(domainSlug, yearsOfExperience, hoursPerWeek, employment,
				workTypes.stream().sorted().toList(), annotationExperience,
				languagesGiven ? new TreeMap<>(languages) : null,
				preparationGiven ? preparation.stream().sorted().toList() : null));
	}

	/** Chosen option per question slug. */
	public Map<String, String> answers() {
		Map<String, String> chosen = new HashMap<>();
		answers.forEach(answer -> chosen.put(answer.getQuestionSlug(), answer.getOptionSlug()));
		return chosen;
	}

	/** Stored scores per skill, in the order of the given skills; empty while a draft. */
	public Map<String, Integer> skillScores(List<String> skillOrder) {
		Map<String, Integer> ordered = new LinkedHashMap<>();
		skillOrder.stream().filter(skillScores::containsKey).forEach(skill -> ordered.put(skill, skillScores.get(skill)));
		return ordered;
	}

	public Integer getOverallScore() {
		return overallScore;
	}

	public String getLevelSlug() {
		return levelSlug;
	}

	/** Where the person holding this assessment's link goes next. */
	public sealed interface Next {

		/** A step still to answer. */
		record Step(int number) implements Next {
		}

		/** Every step answered: check the answers before they are scored. */
		record Check() implements Next {
		}

		/** Scored: the results. */
		record Results() implements Next {
		}

	}

	/** The results once completed, else the first step with something unanswered, else the check page. */
	public Next next(Quiz quiz) {
		if (isCompleted()) {
			return new Next.Results();
		}
		return firstUnansweredStep(quiz).<Next>map(Next.Step::new).orElseGet(Next.Check::new);
	}

	/** The first step with something left to answer, or empty when every step is done. */
	public Optional<Integer> firstUnansweredStep(Quiz quiz) {
		if (domainSlug == null) {
			return Optional.of(Quiz.PROFILE_STEP);
		}
		Map<String, String> chosen = answers();
		for (int step = Quiz.PROFILE_STEP + 1; step <= quiz.stepCount(); step++) {
			if (!quiz.questionsOfStep(step).stream().allMatch(q -> chosen.containsKey(q.slug()))) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

	void saveProfile(Profile profile, Clock clock) {
		requireDraft();
		this.domainSlug = profile.domainSlug();
		this.yearsOfExperience = profile.yearsOfExperience();
		this.hoursPerWeek = profile.hoursPerWeek();
		this.employment = profile.employment();
		this.workTypes.clear();
		this.workTypes.addAll(profile.workTypes());
		this.annotationExperience = profile.annotationExperience();
		this.languagesGiven = profile.languages() != null;
		this.languages.clear();
		if (profile.languages() != null) {
			this.languages.putAll(profile.languages());
		}
		this.preparationGiven = profile.preparation() != null;
		this.preparation.clear();
		if (profile.preparation() != null) {
			this.preparation.addAll(profile.preparation());
		}
		touch(clock);
	}

	/** Records the options chosen; an answer to a question already answered is replaced in place. */
	void saveAnswers(Map<String, String> chosen, Clock clock) {
		requireDraft();
		chosen.forEach((question, option) -> answers.stream()
			.filter(answer -> answer.getQuestionSlug().equals(question))
			.findFirst()
			.ifPresentOrElse(answer -> answer.choose(option),
					() -> answers.add(new AssessmentAnswer(this, question, option))));
		touch(clock);
	}

	void complete(ReadinessResult result, Clock clock) {
		requireDraft();
		this.skillScores.clear();
		this.skillScores.putAll(result.skillScores());
		this.overallScore = result.overall();
		this.levelSlug = result.level().slug();
		this.status = Status.COMPLETED;
		touch(clock);
		this.completedAt = this.updatedAt;
	}

	private void requireDraft() {
		if (status != Status.DRAFT) {
			throw new AssessmentLockedException();
		}
	}

	private void touch(Clock clock) {
		this.updatedAt = LocalDateTime.now(clock);
	}

}
