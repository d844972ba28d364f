package io.trainerpath.catalog;

import java.util.List;

/** Everything in the catalog, read in one go; it changes only with a new migration. */
record CatalogContent(ContentSource source, List<Skill> skills, List<RoadmapStep> roadmapSteps,
		List<WorkType> workTypes, List<PayBand> payBands, List<PayFactor> payFactors,
		List<PlatformCategory> platformCategories, List<Platform> platforms, List<JobSearchTerm> jobSearchTerms,
		List<CareerRole> careerRoles, List<Challenge> challenges, List<Domain> domains) {
}
