package io.trainerpath.explore.search;

import io.trainerpath.web.SharedPages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, Model model, HttpServletResponse response) {
		SharedPages.share(response, "q");
		SearchQuery query = SearchQuery.parse(q);
		model.addAttribute("query", query);
		model.addAttribute("results", index.searcher().search(query));
		model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
		return "explore/search";
	}

}
