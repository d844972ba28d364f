package io.trainerpath.catalog;

import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "platforms")
public class Platform extends CatalogItem {

	private String name;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "category_slug")
	private PlatformCategory category;

	private String url;

	private String goodFor;

	private String notes;

	private String sectionNumber;

	@ManyToMany(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinTable(name = "platform_work_types", joinColumns = @JoinColumn(name = "platform_slug"),
			inverseJoinColumns = @JoinColumn(name = "work_type_slug"))
	private Set<WorkType> workTypes;

	protected Platform() {
	}

	public String getName() {
		return name;
	}

	public PlatformCategory getCategory() {
		return category;
	}

	public String getUrl() {
		return url;
	}

	public String getGoodFor() {
		return goodFor;
	}

	public String getNotes() {
		return notes;
	}

	public String getSectionNumber() {
		return sectionNumber;
	}

	public Set<WorkType> getWorkTypes() {
		return workTypes;
	}

	public boolean offers(WorkType workType) {
		return workTypes.contains(workType);
	}

}
