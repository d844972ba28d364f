package io.trainerpath.explore.careers;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import io.trainerpath.catalog.CareerRole;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.Platform;
import io.trainerpath.catalog.WorkType;
import io.trainerpath.guide.Guide;
import io.trainerpath.guide.Section;
import io.trainerpath.web.SharedPages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class CareersController {

	private final Catalog catalog;

	private final Guide guide;

	CareersController(Catalog catalog, Guide guide) {
		this.catalog = catalog;
		this.guide = guide;
	}

	@GetMapping("/careers")
	String showPath(Model model, HttpServletResponse response) {
		SharedPages.share(response);
		model.addAttribute("path", CareerPath.of(catalog.careerRoles()));
		return "explore/careers";
	}

	@GetMapping("/careers/{slug}")
	String showRole(@PathVariable String slug, Model model, HttpServletResponse response) {
		CareerRole role = catalog.careerRole(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such role"));
		SharedPages.share(response);
		model.addAttribute("role", role);
		model.addAttribute("next", CareerPath.next(role, catalog.careerRoles()));
		model.addAttribute("workTypes",
				role.getWorkTypes().stream().sorted(Comparator.comparingInt(WorkType::getPosition)).toList());
		model.addAttribute("platforms",
				role.getPlatforms().stream().sorted(Comparator.comparingInt(Platform::getPosition)).toList());
		model.addAttribute("guideLinks", guideLinksByNumber());
		return "explore/role";
	}

	/** Where in the guide each numbered subsection lives, such as "6.1" → /guide/types-of-data-training#… */
	private Map<String, String> guideLinksByNumber() {
		Map<String, String> links = new HashMap<>();
		for (Section section : guide.contents()) {
			links.put(section.number(), "/guide/" + section.slug());
			for (Section sub : section.subsections()) {
				links.put(sub.number(), "/guide/" + section.slug() + "#" + sub.slug());
			}
		}
		return links;
	}

}
