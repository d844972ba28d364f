package io.trainerpath.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A phrase the guide suggests typing into a job board. */
@Entity
@Immutable
@Table(name = "job_search_terms")
public class JobSearchTerm {

	@Id
	private String term;

	private int position;

	protected JobSearchTerm() {
	}

	public String getTerm() {
		return term;
	}

	public int getPosition() {
		return position;
	}

}
