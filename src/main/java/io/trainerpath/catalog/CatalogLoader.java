package io.trainerpath.catalog;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CatalogLoader {

	static final String CACHE = "catalog";

	private final ContentSourceRepository sources;

	private final SkillRepository skills;

	private final RoadmapStepRepository roadmapSteps;

	private final WorkTypeRepository workTypes;

	private final PayBandRepository payBands;

	private final PayFactorRepository payFactors;

	private final PlatformCategoryRepository platformCategories;

	private final PlatformRepository platforms;

	private final JobSearchTermRepository jobSearchTerms;

	private final CareerRoleRepository careerRoles;

	private final ChallengeRepository challenges;

	private final DomainRepository domains;

	CatalogLoader(ContentSourceRepository sources, SkillRepository skills, RoadmapStepRepository roadmapSteps,
			WorkTypeRepository workTypes, PayBandRepository payBands, PayFactorRepository payFactors,
			PlatformCategoryRepository platformCategories, PlatformRepository platforms,
			JobSearchTermRepository jobSearchTerms, CareerRoleRepository careerRoles,
			ChallengeRepository challenges, DomainRepository domains) {
		this.sources = sources;
		this.skills = skills;
		this.roadmapSteps = roadmapSteps;
		this.workTypes = workTypes;
		this.payBands = payBands;
		this.payFactors = payFactors;
		this.platformCategories = platformCategories;
		this.platforms = platforms;
		this.jobSearchTerms = jobSearchTerms;
		this.careerRoles = careerRoles;
		this.challenges = challenges;
		this.domains = domains;
	}

	// Every association is fetched eagerly, so the cached entities are complete once detached.
	@Cacheable(cacheNames = CACHE, key = "'content'")
	@Transactional(readOnly = true)
	public CatalogContent load() {
		return new CatalogContent(sources.findById("guide").orElseThrow(), skills.findAllByOrderByPosition(),
				roadmapSteps.findAllByOrderByPosition(), workTypes.findAllByOrderByPosition(),
				payBands.findAllByOrderByPosition(), payFactors.findAllByOrderByPosition(),
				platformCategories.findAllByOrderByPosition(), platforms.findAllByOrderByPosition(),
				jobSearchTerms.findAllByOrderByPosition(), careerRoles.findAllByOrderByPosition(),
				challenges.findAllByOrderByPosition(), domains.findAllByOrderByPosition());
	}

}
