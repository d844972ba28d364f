package io.trainerpath.assessment.web;

import java.util.List;

import io.trainerpath.assessment.QuizOption;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.assessment.ReadinessLevel;
import io.trainerpath.catalog.CareerRole;
import io.trainerpath.catalog.PayBand;
import io.trainerpath.catalog.Platform;
import io.trainerpath.catalog.RoadmapStep;
import io.trainerpath.catalog.Skill;
import io.trainerpath.catalog.WorkType;

/**
 * Everything the results page and the API show for one completed assessment, ready to print: names,
 * filled-in texts, and message keys with their arguments where the wording is the page's.
 */
public record Results(String token, int overall, ReadinessLevel level, String field, boolean generalist, int years,
		int hours, List<SkillLine> skills, List<Skill> strengths, List<Gap> gaps, Practice practice,
		PlacementView placement, List<Phase> plan, List<Platform> platforms, List<WorkTypeLine> workTypes,
		List<WorkType> appealing, String salaryPath, boolean retake) {

	/** A skill's score; change is the difference from the attempt this one retook, or null. */
	public record SkillLine(Skill skill, int score, int weight, Integer change) {

		public boolean improved() {
			return change != null && change > 0;
		}

		public boolean declined() {
			return change != null && change < 0;
		}

	}

	/** A weak skill, the answer that scored lowest in it, and the roadmap steps that build it. */
	public record Gap(Skill skill, int score, QuizQuestion question, QuizOption answer, List<RoadmapStep> steps) {
	}

	/** A sentence of the page's own wording: a message key and its arguments. */
	public record Line(String key, Object... args) {
	}

	/** The practice task's outcome; {@code taken} is false for attempts made before it existed. */
	public record Practice(boolean taken, int percent, int right, int total, List<PracticeItem> items) {
	}

	public record PracticeItem(String message, String given, String key, boolean right, String explanation) {
	}

	/** Where to start, the next rung and what it needs, other routes, and answers that would sharpen it. */
	public record PlacementView(Rung start, Rung next, List<Line> nextNeeds, List<Rung> branches,
			List<Line> sharpen) {
	}

	/** A role on the path, its band (null where the guide gives none), why, and on what grounds. */
	public record Rung(CareerRole role, PayBand band, String reason, List<Line> grounds) {
	}

	/** The steps of one phase of the plan, in order. */
	public record Phase(String phase, List<Step> steps) {
	}

	/**
	 * One step: what to do, roughly how long at the person's hours, and the answer it came from. hours is
	 * the step's effort: in all for a one-off step, a week for an ongoing one.
	 */
	public record Step(String slug, String title, String text, Line time, Line because, int hours, boolean ongoing) {
	}

	public record WorkTypeLine(WorkType workType, String explanation, List<ReasonLine> reasons, boolean appeals) {
	}

	/** One fact behind a suggestion; skill is null for years of experience and the overall score. */
	public record ReasonLine(String kind, Skill skill, int actual, int required) {
	}

}
