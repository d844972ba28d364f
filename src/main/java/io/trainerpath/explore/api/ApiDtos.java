package io.trainerpath.explore.api;

import java.util.Collection;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trainerpath.catalog.CareerRole;
import io.trainerpath.catalog.CatalogItem;
import io.trainerpath.catalog.Domain;
import io.trainerpath.catalog.Platform;
import io.trainerpath.catalog.PlatformCategory;
import io.trainerpath.catalog.RoadmapStep;
import io.trainerpath.catalog.Skill;
import io.trainerpath.catalog.WorkTask;
import io.trainerpath.catalog.WorkType;
import io.trainerpath.guide.FaqItem;
import io.trainerpath.guide.Section;

/**
 * What the API returns: plain records with stable field names, never entities, so a change to the
 * database never silently changes the API. Related items are named by their slugs.
 */
final class ApiDtos {

	private ApiDtos() {
	}

	@Schema(name = "GuideSection", description = "A section or subsection of the guide",
			requiredProperties = { "slug", "number", "title", "summary", "html", "subsectionSlugs", "pageUrl" })
	record GuideSectionDto(String slug, String number, String title, String summary,
			@Schema(description = "The section's text as HTML; raw HTML in the source is escaped") String html,
			@Schema(nullable = true) String parentSlug, List<String> subsectionSlugs, String pageUrl) {

		static GuideSectionDto of(Section section, String pageUrl) {
			return new GuideSectionDto(section.slug(), section.number(), section.title(), section.summary(),
					section.html(), section.parentSlug(), section.subsections().stream().map(Section::slug).toList(),
					pageUrl);
		}

	}

	@Schema(name = "FaqEntry", description = "A frequently asked question and its answer",
			requiredProperties = { "slug", "question", "answerHtml" })
	record FaqDto(String slug, String question, String answerHtml, @Schema(nullable = true) String sectionSlug) {

		static FaqDto of(FaqItem item) {
			return new FaqDto(item.slug(), item.question(), item.answerHtml(), item.sectionSlug());
		}

	}

	@Schema(name = "Skill", description = "One of the skills the guide says the work takes",
			requiredProperties = { "slug", "number", "name", "summary", "meaning", "whyItMatters", "mostCritical" })
	record SkillDto(String slug, String number, String name, String summary, String meaning, String whyItMatters,
			boolean mostCritical) {

		static SkillDto of(Skill skill) {
			return new SkillDto(skill.getSlug(), skill.getNumber(), skill.getName(), skill.getSummary(),
					skill.getMeaning(), skill.getWhyItMatters(), skill.isMostCritical());
		}

	}

	@Schema(name = "RoadmapStep", description = "A step of the preparation roadmap",
			requiredProperties = { "slug", "number", "title", "summary", "actions", "skillSlugs", "platformSlugs" })
	record RoadmapStepDto(String slug, String number, String title, String summary, List<String> actions,
			List<String> skillSlugs, List<String> platformSlugs) {

		static RoadmapStepDto of(RoadmapStep step) {
			return new RoadmapStepDto(step.getSlug(), step.getNumber(), step.getTitle(), step.getSummary(),
					List.copyOf(step.getActions()), slugs(step.getSkills()), slugs(step.getPlatforms()));
		}

	}

	@Schema(name = "WorkTask", requiredProperties = { "media", "name", "description" })
	record WorkTaskDto(@Schema(description = "image, text, audio or any") String media, String name,
			String description) {

		static WorkTaskDto of(WorkTask task) {
			return new WorkTaskDto(task.getMedia(), task.getName(), task.getDescription());
		}

	}

	@Schema(name = "WorkType", description = "A kind of AI training work",
			requiredProperties = { "slug", "number", "name", "summary", "description", "entryPoint", "tasks" })
	record WorkTypeDto(String slug, String number, String name, String summary, String description,
			boolean entryPoint, List<WorkTaskDto> tasks) {

		static WorkTypeDto of(WorkType type) {
			return new WorkTypeDto(type.getSlug(), type.getNumber(), type.getName(), type.getSummary(),
					type.getDescription(), type.isEntryPoint(), type.getTasks().stream().map(WorkTaskDto::of).toList());
		}

	}

	@Schema(name = "CareerRole", description = "A step on the career path, or a branch off it",
			requiredProperties = { "slug", "name", "stage", "summary", "description", "whatItTakes", "payNote",
					"workTypeSlugs", "platformSlugs", "pageUrl" })
	record CareerRoleDto(String slug, String name,
			@Schema(description = "entry, core, senior or branch") String stage, String summary, String description,
			String whatItTakes, @Schema(nullable = true) String extraStudy,
			@Schema(nullable = true) String parentSlug,
			@Schema(nullable = true, description = "null where the guide gives no figure") String payBandSlug,
			String payNote, List<String> workTypeSlugs, List<String> platformSlugs, String pageUrl) {

		static CareerRoleDto of(CareerRole role) {
			return new CareerRoleDto(role.getSlug(), role.getName(), role.getStage(), role.getSummary(),
					role.getDescription(), role.getWhatItTakes(), role.getExtraStudy(),
					role.getParent() == null ? null : role.getParent().getSlug(),
					role.getPayBand() == null ? null : role.getPayBand().getSlug(), role.getPayNote(),
					slugs(role.getWorkTypes()), slugs(role.getPlatforms()), "/careers/" + role.getSlug());
		}

	}

	@Schema(name = "Platform", description = "A site, course provider, data source, community or employer",
			requiredProperties = { "slug", "name", "categorySlug", "url", "goodFor", "sectionNumber",
					"workTypeSlugs" })
	record PlatformDto(String slug, String name, String categorySlug, String url, String goodFor,
			@Schema(nullable = true) String notes,
			@Schema(description = "The guide section that names it, such as 8.1") String sectionNumber,
			List<String> workTypeSlugs) {

		static PlatformDto of(Platform platform) {
			return new PlatformDto(platform.getSlug(), platform.getName(), platform.getCategory().getSlug(),
					platform.getUrl(), platform.getGoodFor(), platform.getNotes(), platform.getSectionNumber(),
					slugs(platform.getWorkTypes()));
		}

	}

	@Schema(name = "PlatformCategory", requiredProperties = { "slug", "name", "description" })
	record PlatformCategoryDto(String slug, String name, String description) {

		static PlatformCategoryDto of(PlatformCategory category) {
			return new PlatformCategoryDto(category.getSlug(), category.getName(), category.getDescription());
		}

	}

	@Schema(name = "Domain", description = "A field of expertise and how rare the guide says it is",
			requiredProperties = { "slug", "name", "tier", "examples" })
	record DomainDto(String slug, String name, @Schema(description = "general, specialized or niche") String tier,
			String examples) {

		static DomainDto of(Domain domain) {
			return new DomainDto(domain.getSlug(), domain.getName(), domain.getTier(), domain.getExamples());
		}

	}

	/** Sets come out of the database unordered; sorted slugs keep the JSON, and so its ETag, stable. */
	private static List<String> slugs(Collection<? extends CatalogItem> items) {
		return items.stream().map(CatalogItem::getSlug).sorted().toList();
	}

}
