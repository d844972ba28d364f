package io.trainerpath.catalog;

import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

/** One step of the guide's preparation roadmap, with its concrete actions. */
@Entity
@Immutable
@Table(name = "roadmap_steps")
public class RoadmapStep extends CatalogItem {

	private String number;

	private String title;

	private String summary;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "roadmap_actions", joinColumns = @JoinColumn(name = "step_slug"))
	@Column(name = "text")
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<String> actions;

	@ManyToMany(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinTable(name = "roadmap_step_skills", joinColumns = @JoinColumn(name = "step_slug"),
			inverseJoinColumns = @JoinColumn(name = "skill_slug"))
	private Set<Skill> skills;

	@ManyToMany(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinTable(name = "roadmap_step_platforms", joinColumns = @JoinColumn(name = "step_slug"),
			inverseJoinColumns = @JoinColumn(name = "platform_slug"))
	private Set<Platform> platforms;

	protected RoadmapStep() {
	}

	public String getNumber() {
		return number;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public List<String> getActions() {
		return actions;
	}

	public Set<Skill> getSkills() {
		return skills;
	}

	public Set<Platform> getPlatforms() {
		return platforms;
	}

	public boolean builds(Skill skill) {
		return skills.contains(skill);
	}

}
