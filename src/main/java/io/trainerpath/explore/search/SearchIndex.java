package io.trainerpath.explore.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.trainerpath.catalog.CareerRole;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.Platform;
import io.trainerpath.catalog.RoadmapStep;
import io.trainerpath.catalog.Skill;
import io.trainerpath.catalog.WorkTask;
import io.trainerpath.catalog.WorkType;
import io.trainerpath.guide.FaqItem;
import io.trainerpath.guide.Guide;
import io.trainerpath.guide.Section;
import io.trainerpath.explore.search.SearchDocument.Kind;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Everything search can find, built from the cached guide and catalog and matched in memory: H2 and
 * PostgreSQL give the same results. Built once and cached like the data it comes from (turning the
 * guide's HTML into plain text for every search was most of a search's cost).
 */
@Component
class SearchIndex {

	static final String CACHE = "search";

	private final Catalog catalog;

	private final Guide guide;

	SearchIndex(Catalog catalog, Guide guide) {
		this.catalog = catalog;
		this.guide = guide;
	}

	@Cacheable(CACHE)
	public List<SearchDocument> documents() {
		List<SearchDocument> documents = new ArrayList<>();
		for (Section section : guide.contents()) {
			String page = "/guide/" + section.slug();
			documents.add(new SearchDocument(Kind.SECTION, section.label(),
					section.summary() + " " + PlainText.of(section.html()), page));
			for (Section sub : section.subsections()) {
				documents.add(new SearchDocument(Kind.SECTION, sub.number() + " " + sub.title(),
						sub.summary() + " " + PlainText.of(sub.html()), page + "#" + sub.slug()));
			}
		}
		for (Skill skill : catalog.skills()) {
			documents.add(new SearchDocument(Kind.SKILL, skill.getName(),
					join(skill.getSummary(), skill.getMeaning(), skill.getWhyItMatters()), anchor(skill.getNumber())));
		}
		for (RoadmapStep step : catalog.roadmapSteps()) {
			documents.add(new SearchDocument(Kind.ROADMAP_STEP, step.getTitle(),
					join(step.getSummary(), String.join(" ", step.getActions())), anchor(step.getNumber())));
		}
		for (WorkType workType : catalog.workTypes()) {
			String tasks = workType.getTasks()
				.stream()
				.map(WorkTask::getName)
				.collect(Collectors.joining(", "));
			documents.add(new SearchDocument(Kind.WORK_TYPE, workType.getName(),
					join(workType.getSummary(), workType.getDescription(), tasks), anchor(workType.getNumber())));
		}
		for (CareerRole role : catalog.careerRoles()) {
			documents.add(new SearchDocument(Kind.ROLE, role.getName(),
					join(role.getSummary(), role.getDescription(), role.getWhatItTakes(), role.getExtraStudy()),
					"/careers/" + role.getSlug()));
		}
		for (Platform platform : catalog.platforms()) {
			documents.add(new SearchDocument(Kind.PLATFORM, platform.getName(),
					join(platform.getGoodFor(), platform.getNotes(), platform.getCategory().getName()),
					"/platforms?category=" + platform.getCategory().getSlug() + "#" + platform.getSlug()));
		}
		for (FaqItem item : guide.faq()) {
			documents.add(new SearchDocument(Kind.FAQ, item.question(), PlainText.of(item.answerHtml()),
					"/faq#" + item.slug()));
		}
		return List.copyOf(documents);
	}

	/** The guide page and anchor of a numbered subsection, such as "4.1". */
	private String anchor(String number) {
		for (Section section : guide.contents()) {
			for (Section sub : section.subsections()) {
				if (sub.number().equals(number)) {
					return "/guide/" + section.slug() + "#" + sub.slug();
				}
			}
		}
		return "/guide";
	}

	private static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				text.append(text.isEmpty() ? "" : " ").append(part);
			}
		}
		return text.toString();
	}

}
