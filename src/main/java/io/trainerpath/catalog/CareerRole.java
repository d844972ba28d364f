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

/**
 * A step on the career path: entry, core, senior, or a branch off the main path. The pay band is
 * null where the guide gives no figure for the role.
 */
@Entity
@Immutable
@Table(name = "career_roles")
public class CareerRole extends CatalogItem {

	private String name;

	private String summary;

	private String description;

	private String whatItTakes;

	private String extraStudy;

	private String stage;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "pay_band_slug")
	private PayBand payBand;

	private String payNote;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "parent_slug")
	private CareerRole parent;

	@ManyToMany(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinTable(name = "career_role_work_types", joinColumns = @JoinColumn(name = "role_slug"),
			inverseJoinColumns = @JoinColumn(name = "work_type_slug"))
	private Set<WorkType> workTypes;

	@ManyToMany(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinTable(name = "career_role_platforms", joinColumns = @JoinColumn(name = "role_slug"),
			inverseJoinColumns = @JoinColumn(name = "platform_slug"))
	private Set<Platform> platforms;

	protected CareerRole() {
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

	public String getWhatItTakes() {
		return whatItTakes;
	}

	public String getExtraStudy() {
		return extraStudy;
	}

	public String getStage() {
		return stage;
	}

	public PayBand getPayBand() {
		return payBand;
	}

	public String getPayNote() {
		return payNote;
	}

	public CareerRole getParent() {
		return parent;
	}

	public Set<WorkType> getWorkTypes() {
		return workTypes;
	}

	public Set<Platform> getPlatforms() {
		return platforms;
	}

	public boolean isBranch() {
		return "branch".equals(stage);
	}

}
