package io.trainerpath.catalog;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Immutable
@Table(name = "work_types")
public class WorkType extends CatalogItem {

	private String number;

	private String name;

	private String summary;

	private String description;

	private boolean entryPoint;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "work_tasks", joinColumns = @JoinColumn(name = "work_type_slug"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<WorkTask> tasks;

	protected WorkType() {
	}

	public String getNumber() {
		return number;
	}

	public String getName() {
		return name;
	}

	public String getSummary() {
		return summary;
	}

	public String getDescription() {
		return description;
	}

	public boolean isEntryPoint() {
		return entryPoint;
	}

	public List<WorkTask> getTasks() {
		return tasks;
	}

}
