package io.trainerpath.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class GuideLoader {

	private final GuideSectionRepository sections;

	private final FaqEntryRepository faq;

	GuideLoader(GuideSectionRepository sections, FaqEntryRepository faq) {
		this.sections = sections;
		this.faq = faq;
	}

	@Cacheable(cacheNames = "guide", key = "'content'")
	@Transactional(readOnly = true)
	public GuideContent load() {
		List<GuideSection> all = sections.findAllByOrderByPosition();
		List<Section> contents = new ArrayList<>();
		Map<String, Section> bySlug = new LinkedHashMap<>();
		for (GuideSection top : all) {
			if (top.getParentSlug() != null) {
				continue;
			}
			List<Section> subsections = all.stream()
				.filter(s -> top.getSlug().equals(s.getParentSlug()))
				.map(s -> toSection(s, List.of()))
				.toList();
			Section section = toSection(top, subsections);
			contents.add(section);
			bySlug.put(section.slug(), section);
			subsections.forEach(s -> bySlug.put(s.slug(), s));
		}
		List<FaqItem> items = faq.findAllByOrderByPosition()
			.stream()
			.map(e -> new FaqItem(e.getSlug(), e.getQuestion(), MarkdownRenderer.render(e.getAnswer(), e.getSlug()),
					e.getSectionSlug()))
			.toList();
		return new GuideContent(List.copyOf(contents), Map.copyOf(bySlug), items);
	}

	private static Section toSection(GuideSection s, List<Section> subsections) {
		return new Section(s.getSlug(), s.getNumber(), s.getTitle(), s.getSummary(),
				MarkdownRenderer.render(s.getBody(), s.getSlug()), s.getFeature(), s.getParentSlug(), subsections);
	}

}
