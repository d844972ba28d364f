package io.trainerpath.catalog;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the whole catalog once. Each table is read in the order the pages show it, so one query per
 * table is all it takes: a repository per table would only add beans to build at every start.
 */
@Component
class CatalogLoader {

	static final String CACHE = "catalog";

	static final String GUIDE_SOURCE = "guide";

	private final EntityManager entityManager;

	CatalogLoader(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	// Every association is fetched eagerly, so the cached entities are complete once detached.
	@Cacheable(cacheNames = CACHE, key = "'content'")
	@Transactional(readOnly = true)
	public CatalogContent load() {
		ContentSource guide = entityManager.find(ContentSource.class, GUIDE_SOURCE);
		if (guide == null) {
			throw new IllegalStateException("The catalog has no content source '" + GUIDE_SOURCE + "'");
		}
		return new CatalogContent(guide, inOrder(Skill.class), inOrder(RoadmapStep.class), inOrder(WorkType.class),
				inOrder(PayBand.class), inOrder(PayFactor.class), inOrder(PlatformCategory.class),
				inOrder(Platform.class), inOrder(JobSearchTerm.class), inOrder(CareerRole.class),
				inOrder(Challenge.class), inOrder(Domain.class));
	}

	/** An entity's rows by their position; the entity name is a class of this package, never input. */
	private <T> List<T> inOrder(Class<T> entity) {
		return entityManager.createQuery("select e from " + entity.getSimpleName() + " e order by e.position", entity)
			.getResultList();
	}

}
