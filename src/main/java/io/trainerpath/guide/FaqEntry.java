package io.trainerpath.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A frequently asked question, its answer in Markdown, and the guide section that goes deeper. */
@Entity
@Table(name = "faq_entries")
class FaqEntry {

	@Id
	private String slug;

	private String question;

	private String answer;

	private String sectionSlug;

	private int position;

	protected FaqEntry() {
	}

	FaqEntry(String slug, String question, String answer, String sectionSlug, int position) {
		if (slug == null || slug.isBlank() || question == null || question.isBlank() || answer == null
				|| answer.isBlank()) {
			throw new IllegalArgumentException("A question needs a slug, a question and an answer");
		}
		this.slug = slug;
		this.question = question;
		this.answer = answer;
		this.sectionSlug = sectionSlug;
		this.position = position;
	}

	String getSlug() {
		return slug;
	}

	String getQuestion() {
		return question;
	}

	String getAnswer() {
		return answer;
	}

	String getSectionSlug() {
		return sectionSlug;
	}

	int getPosition() {
		return position;
	}

}
