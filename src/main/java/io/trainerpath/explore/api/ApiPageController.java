package io.trainerpath.explore.api;

import io.swagger.v3.oas.annotations.Hidden;
import io.trainerpath.web.SharedPages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The API index as a page, for a developer who opens /api in a browser. */
@Hidden
@Controller
class ApiPageController {

	private final ApiIndex index;

	ApiPageController(MessageSource messages) {
		this.index = ApiIndex.describe(messages);
	}

	@GetMapping(path = "/api", produces = MediaType.TEXT_HTML_VALUE)
	String page(Model model, HttpServletResponse response) {
		SharedPages.share(response);
		model.addAttribute("api", index);
		return "explore/api";
	}

}
