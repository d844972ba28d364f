package io.trainerpath.assessment.web;

import java.util.List;

import io.trainerpath.assessment.QuizOption;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.assessment.ReadinessLevel;
import io.trainerpath.catalog.CareerRole;
import io.trainerpath.catalog.Domain;
import io.trainerpath.catalog.PayBand;
import io.trainerpath.catalog.Platform;
import io.trainerpath.catalog.RoadmapStep;
import io.trainerpath.catalog.Skill;
import io.trainerpath.catalog.WorkType;

/** Everything the results page and the API show for one completed assessment. */
public record Results(String token, int overall, ReadinessLevel level, List<SkillLine> skills, List<Skill> strengths,
		List<Gap> gaps, Start start, List<WorkTypeLine> workTypes, List<WorkType> appealing, Domain domain,
		int years, int hours, String salaryPath, List<WeightLine> weights, List<ReadinessLevel> levels,
		boolean retake) {

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
	public record Gap(Skill skill, int score, QuizQuestion question, QuizOption answer, List<StepLine> steps) {
	}

	/** A roadmap step with its platforms in the guide's order. */
	public record StepLine(RoadmapStep step, List<Platform> platforms) {
	}

	public record Start(CareerRole role, PayBand band, String explanation, List<ReasonLine> reasons) {
	}

	public record WorkTypeLine(WorkType workType, String explanation, List<ReasonLine> reasons, boolean appeals) {
	}

	/** One fact behind a suggestion; skill is null for years of experience and the overall score. */
	public record ReasonLine(String kind, Skill skill, int actual, int required) {
	}

	public record WeightLine(Skill skill, int weight, String reason) {
	}

}
