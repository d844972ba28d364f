package io.trainerpath.system;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.web.SharedPages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class WelcomeController {

	private final Catalog catalog;

	WelcomeController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String welcome(Model model, HttpServletResponse response) {
		SharedPages.share(response);
		model.addAttribute("payBands", catalog.payBands());
		return "welcome";
	}

}
