package io.trainerpath.guide;

import java.net.URI;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.web.SharedPages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class GuideController {

	private final Guide guide;

	private final Catalog catalog;

	GuideController(Guide guide, Catalog catalog) {
		this.guide = guide;
		this.catalog = catalog;
	}

	@GetMapping("/guide")
	String showContents(Model model, HttpServletResponse response) {
		SharedPages.share(response);
		model.addAttribute("contents", guide.contents());
		return "guide/contents";
	}

	@GetMapping("/guide/{slug}")
	Object showSection(@PathVariable String slug, Model model, HttpServletResponse response) {
		Section section = guide.section(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such section"));
		if (!section.isTopLevel()) {
			// Subsections are read in the context of their section, so their address leads there.
			RedirectView redirect = new RedirectView(URI.create("/guide/" + section.parentSlug() + "#" + slug).toString(),
					true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return redirect;
		}
		SharedPages.share(response);
		model.addAttribute("section", section);
		model.addAttribute("previous", guide.previous(section).orElse(null));
		model.addAttribute("next", guide.next(section).orElse(null));
		model.addAttribute("facts", SectionFacts.from(catalog));
		return "guide/section";
	}

	@GetMapping("/faq")
	String showFaq(Model model, HttpServletResponse response) {
		SharedPages.share(response);
		model.addAttribute("faq", guide.faq());
		return "guide/faq";
	}

}
