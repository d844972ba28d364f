package io.trainerpath.guide;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.CareerRole;
import io.trainerpath.catalog.Challenge;
import io.trainerpath.catalog.JobSearchTerm;
import io.trainerpath.catalog.PayBand;
import io.trainerpath.catalog.PayFactor;
import io.trainerpath.catalog.Platform;
import io.trainerpath.catalog.RoadmapStep;
import io.trainerpath.catalog.Skill;
import io.trainerpath.catalog.WorkType;

/**
 * The catalog data a section page can show beside its prose, keyed by the guide number of the
 * subsection that introduces each item.
 */
public record SectionFacts(Map<String, Skill> skills, Map<String, RoadmapStep> roadmapSteps,
		Map<String, WorkType> workTypes, Map<String, List<Platform>> platforms, List<PayBand> payBands,
		List<PayFactor> payFactors, List<JobSearchTerm> jobSearchTerms, List<CareerRole> careerRoles,
		List<Challenge> challenges) {

	static SectionFacts from(Catalog catalog) {
		return new SectionFacts(byNumber(catalog.skills(), Skill::getNumber),
				byNumber(catalog.roadmapSteps(), RoadmapStep::getNumber),
				byNumber(catalog.workTypes(), WorkType::getNumber),
				catalog.platforms().stream().collect(Collectors.groupingBy(Platform::getSectionNumber)),
				catalog.payBands(), catalog.payFactors(), catalog.jobSearchTerms(), catalog.careerRoles(),
				catalog.challenges());
	}

	private static <T> Map<String, T> byNumber(List<T> items, Function<T, String> number) {
		return items.stream().collect(Collectors.toMap(number, Function.identity()));
	}

	public List<Platform> platformsIn(String sectionNumber) {
		return platforms.getOrDefault(sectionNumber, List.of());
	}

}
