package io.trainerpath.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The option a person chose for one question of one assessment. */
@Entity
@Table(name = "assessment_answers")
class AssessmentAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "assessment_id")
	private Assessment assessment;

	private String questionSlug;

	private String optionSlug;

	protected AssessmentAnswer() {
	}

	AssessmentAnswer(Assessment assessment, String questionSlug, String optionSlug) {
		this.assessment = assessment;
		this.questionSlug = questionSlug;
		this.optionSlug = optionSlug;
	}

	String getQuestionSlug() {
		return questionSlug;
	}

	String getOptionSlug() {
		return optionSlug;
	}

	void choose(String optionSlug) {
		this.optionSlug = optionSlug;
	}

}
