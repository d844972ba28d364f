package io.trainerpath.explore.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trainerpath.explore.api.ApiDtos.FaqDto;
import io.trainerpath.explore.api.ApiDtos.GuideSectionDto;
import io.trainerpath.guide.Guide;
import io.trainerpath.guide.Section;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Guide", description = "The guide's sections and frequently asked questions")
class GuideApiController {

	private final Guide guide;

	GuideApiController(Guide guide) {
		this.guide = guide;
	}

	@GetMapping("/guide-sections")
	@Operation(summary = "Every section and subsection, in reading order")
	ResponseEntity<List<GuideSectionDto>> sections() {
		List<GuideSectionDto> sections = new ArrayList<>();
		for (Section section : guide.contents()) {
			sections.add(GuideSectionDto.of(section, pageUrl(section)));
			section.subsections().forEach(sub -> sections.add(GuideSectionDto.of(sub, pageUrl(sub))));
		}
		return ApiResponses.cached(sections);
	}

	@GetMapping("/guide-sections/{slug}")
	@Operation(summary = "One section or subsection")
	ResponseEntity<GuideSectionDto> section(@PathVariable String slug) {
		return ApiResponses.cached(guide.section(slug).map(s -> GuideSectionDto.of(s, pageUrl(s))), "guide section");
	}

	@GetMapping("/faq")
	@Operation(summary = "The frequently asked questions")
	ResponseEntity<List<FaqDto>> faq() {
		return ApiResponses.cached(guide.faq().stream().map(FaqDto::of).toList());
	}

	@GetMapping("/faq/{slug}")
	@Operation(summary = "One question and its answer")
	ResponseEntity<FaqDto> question(@PathVariable String slug) {
		return ApiResponses.cached(guide.faq().stream().filter(f -> f.slug().equals(slug)).findFirst().map(FaqDto::of),
				"question");
	}

	private static String pageUrl(Section section) {
		return section.isTopLevel() ? "/guide/" + section.slug()
				: "/guide/" + section.parentSlug() + "#" + section.slug();
	}

}
