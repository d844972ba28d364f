package io.trainerpath.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The one way other features read the guide's facts. Everything comes from the database, once,
 * and is then served from the cache: the data only changes with a new migration.
 */
@Service
public class Catalog {

	private final CatalogLoader loader;

	Catalog(CatalogLoader loader) {
		this.loader = loader;
	}

	public ContentSource source() {
		return content().source();
	}

	public List<Skill> skills() {
		return content().skills();
	}

	public Optional<Skill> skill(String slug) {
		return find(skills(), slug);
	}

	public List<RoadmapStep> roadmapSteps() {
		return content().roadmapSteps();
	}

	public List<RoadmapStep> roadmapStepsBuilding(Skill skill) {
		return roadmapSteps().stream().filter(step -> step.builds(skill)).toList();
	}

	public List<WorkType> workTypes() {
		return content().workTypes();
	}

	public Optional<WorkType> workType(String slug) {
		return find(workTypes(), slug);
	}

	public List<PayBand> payBands() {
		return content().payBands();
	}

	public Optional<PayBand> payBand(String slug) {
		return find(payBands(), slug);
	}

	public List<PayFactor> payFactors() {
		return content().payFactors();
	}

	public List<PlatformCategory> platformCategories() {
		return content().platformCategories();
	}

	public List<Platform> platforms() {
		return content().platforms();
	}

	public List<Platform> platformsNamedIn(String sectionNumber) {
		return platforms().stream().filter(p -> p.getSectionNumber().equals(sectionNumber)).toList();
	}

	public List<JobSearchTerm> jobSearchTerms() {
		return content().jobSearchTerms();
	}

	public List<CareerRole> careerRoles() {
		return content().careerRoles();
	}

	public Optional<CareerRole> careerRole(String slug) {
		return find(careerRoles(), slug);
	}

	public List<Challenge> challenges() {
		return content().challenges();
	}

	public List<Domain> domains() {
		return content().domains();
	}

	public Optional<Domain> domain(String slug) {
		return find(domains(), slug);
	}

	private CatalogContent content() {
		return loader.load();
	}

	private static <T extends CatalogItem> Optional<T> find(List<T> items, String slug) {
		return items.stream().filter(item -> item.getSlug().equals(slug)).findFirst();
	}

}
