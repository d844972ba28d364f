package io.trainerpath.explore.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.CatalogItem;
import io.trainerpath.explore.api.ApiDtos.CareerRoleDto;
import io.trainerpath.explore.api.ApiDtos.DomainDto;
import io.trainerpath.explore.api.ApiDtos.PlatformCategoryDto;
import io.trainerpath.explore.api.ApiDtos.PlatformDto;
import io.trainerpath.explore.api.ApiDtos.RoadmapStepDto;
import io.trainerpath.explore.api.ApiDtos.SkillDto;
import io.trainerpath.explore.api.ApiDtos.WorkTypeDto;
import io.trainerpath.explore.platforms.PlatformFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalog", description = "The guide's facts: skills, roadmap, work, careers, platforms and fields")
class CatalogApiController {

	private final Catalog catalog;

	CatalogApiController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/skills")
	@Operation(summary = "The skills the work takes")
	ResponseEntity<List<SkillDto>> skills() {
		return ApiResponses.cached(catalog.skills().stream().map(SkillDto::of).toList());
	}

	@GetMapping("/skills/{slug}")
	@Operation(summary = "One skill")
	ResponseEntity<SkillDto> skill(@PathVariable String slug) {
		return ApiResponses.cached(catalog.skill(slug).map(SkillDto::of), "skill");
	}

	@GetMapping("/roadmap-steps")
	@Operation(summary = "The steps of the preparation roadmap")
	ResponseEntity<List<RoadmapStepDto>> roadmapSteps() {
		return ApiResponses.cached(catalog.roadmapSteps().stream().map(RoadmapStepDto::of).toList());
	}

	@GetMapping("/roadmap-steps/{slug}")
	@Operation(summary = "One roadmap step")
	ResponseEntity<RoadmapStepDto> roadmapStep(@PathVariable String slug) {
		return ApiResponses.cached(bySlug(catalog.roadmapSteps(), slug).map(RoadmapStepDto::of), "roadmap step");
	}

	@GetMapping("/work-types")
	@Operation(summary = "The kinds of training work")
	ResponseEntity<List<WorkTypeDto>> workTypes() {
		return ApiResponses.cached(catalog.workTypes().stream().map(WorkTypeDto::of).toList());
	}

	@GetMapping("/work-types/{slug}")
	@Operation(summary = "One kind of work")
	ResponseEntity<WorkTypeDto> workType(@PathVariable String slug) {
		return ApiResponses.cached(catalog.workType(slug).map(WorkTypeDto::of), "work type");
	}

	@GetMapping("/career-roles")
	@Operation(summary = "The roles on the career path and its branches")
	ResponseEntity<List<CareerRoleDto>> careerRoles() {
		return ApiResponses.cached(catalog.careerRoles().stream().map(CareerRoleDto::of).toList());
	}

	@GetMapping("/career-roles/{slug}")
	@Operation(summary = "One career role")
	ResponseEntity<CareerRoleDto> careerRole(@PathVariable String slug) {
		return ApiResponses.cached(catalog.careerRole(slug).map(CareerRoleDto::of), "career role");
	}

	@GetMapping("/platforms")
	@Operation(summary = "Platforms, optionally filtered by category and by kind of work",
			description = "An unknown category or work type is a 400 problem, never an empty list.")
	ResponseEntity<List<PlatformDto>> platforms(
			@Parameter(description = "A platform category slug, such as job-board") @RequestParam(
					required = false) String category,
			@Parameter(description = "A work type slug, such as annotation-labeling") @RequestParam(
					required = false) String workType) {
		PlatformFilter filter = PlatformFilter.resolve(category, workType, catalog.platformCategories(),
				catalog.workTypes());
		if (filter.unknownCategory() != null) {
			throw badFilter("category", filter.unknownCategory(), catalog.platformCategories());
		}
		if (filter.unknownWorkType() != null) {
			throw badFilter("workType", filter.unknownWorkType(), catalog.workTypes());
		}
		return ApiResponses.cached(filter.apply(catalog.platforms()).stream().map(PlatformDto::of).toList(), "category",
				"workType");
	}

	@GetMapping("/platforms/{slug}")
	@Operation(summary = "One platform")
	ResponseEntity<PlatformDto> platform(@PathVariable String slug) {
		return ApiResponses.cached(bySlug(catalog.platforms(), slug).map(PlatformDto::of), "platform");
	}

	@GetMapping("/platform-categories")
	@Operation(summary = "The categories platforms are grouped in")
	ResponseEntity<List<PlatformCategoryDto>> platformCategories() {
		return ApiResponses.cached(catalog.platformCategories().stream().map(PlatformCategoryDto::of).toList());
	}

	@GetMapping("/domains")
	@Operation(summary = "Fields of expertise, each with its tier")
	ResponseEntity<List<DomainDto>> domains() {
		return ApiResponses.cached(catalog.domains().stream().map(DomainDto::of).toList());
	}

	@GetMapping("/domains/{slug}")
	@Operation(summary = "One field of expertise")
	ResponseEntity<DomainDto> domain(@PathVariable String slug) {
		return ApiResponses.cached(catalog.domain(slug).map(DomainDto::of), "domain");
	}

	private static <T extends CatalogItem> java.util.Optional<T> bySlug(List<T> items, String slug) {
		return items.stream().filter(item -> item.getSlug().equals(slug)).findFirst();
	}

	private static ResponseStatusException badFilter(String parameter, String value, List<? extends CatalogItem> known) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, "The " + parameter + " '" + value
				+ "' is not known. Use one of: " + String.join(", ", known.stream().map(CatalogItem::getSlug).toList())
				+ ".");
	}

}
