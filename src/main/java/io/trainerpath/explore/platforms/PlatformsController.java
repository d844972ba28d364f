package io.trainerpath.explore.platforms;

import java.util.List;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.Platform;
import io.trainerpath.catalog.PlatformCategory;
import io.trainerpath.web.SharedPages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PlatformsController {

	private final Catalog catalog;

	PlatformsController(Catalog catalog) {
		this.catalog = catalog;
	}

	record Group(PlatformCategory category, List<Platform> platforms) {
	}

	@GetMapping("/platforms")
	String showDirectory(@RequestParam(required = false) String category,
			@RequestParam(required = false) String workType, Model model, HttpServletResponse response) {
		PlatformFilter filter = PlatformFilter.resolve(category, workType, catalog.platformCategories(),
				catalog.workTypes());
		List<Platform> shown = filter.apply(catalog.platforms());
		List<Group> groups = catalog.platformCategories()
			.stream()
			.map(c -> new Group(c, shown.stream().filter(p -> p.getCategory().equals(c)).toList()))
			.filter(g -> !g.platforms().isEmpty())
			.toList();
		SharedPages.share(response, "category", "workType");
		if (!filter.valid()) {
			// The page still helps, but a link with a made-up filter is the client's mistake.
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("filter", filter);
		model.addAttribute("categories", catalog.platformCategories());
		model.addAttribute("workTypes", catalog.workTypes());
		model.addAttribute("groups", groups);
		model.addAttribute("shownCount", shown.size());
		model.addAttribute("totalCount", catalog.platforms().size());
		model.addAttribute("boards", JobSearchLinks.boards(catalog.platforms()));
		model.addAttribute("jobSearches", JobSearchLinks.build(catalog.jobSearchTerms(), catalog.platforms()));
		return "explore/platforms";
	}

}
