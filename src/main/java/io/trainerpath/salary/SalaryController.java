package io.trainerpath.salary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.WeeklyHours;
import io.trainerpath.web.SharedPages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class SalaryController {

	private final SalaryModels models;

	private final SalaryRequests requests;

	private final Catalog catalog;

	SalaryController(SalaryModels models, SalaryRequests requests, Catalog catalog) {
		this.models = models;
		this.requests = requests;
		this.catalog = catalog;
	}

	@GetMapping("/salary")
	String showForm(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		SalaryModel salary = models.model();
		List<String> known = new ArrayList<>(SalaryRequests.parameters(salary));
		known.add(SalaryRequests.FROM);
		SharedPages.share(response, known);
		addFormOptions(salary, model);
		SalaryForm form = requests.prefill(params, salary);
		model.addAttribute(SalaryRequests.FORM, form);
		model.addAttribute("fromQuiz", SalaryRequests.filledFromQuiz(params, form)
			.stream()
			.map(parameter -> "salary.form." + parameter + ".short")
			.toList());
		return "salary/form";
	}

	@GetMapping(EstimatesMeter.RESULT_PATH)
	String estimate(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		SalaryModel salary = models.model();
		BindingResult read = requests.read(params, salary);
		if (read.hasErrors()) {
			addFormOptions(salary, model);
			model.addAttribute(SalaryRequests.FORM, read.getTarget());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + SalaryRequests.FORM, read);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "salary/form";
		}
		SharedPages.share(response, SalaryRequests.parameters(salary));
		SalaryChoices asked = ((SalaryForm) read.getTarget()).toChoices();
		LevelAdvice advice = LevelAdvisor.advise(salary, asked);
		SalaryChoices choices = asked.atBand(advice.band().slug());
		SalaryEstimate estimate = SalaryEstimator.estimate(salary, choices);
		List<SalaryEstimate> levels = SalaryEstimator.estimateAtEveryLevel(salary, choices);

		model.addAttribute("estimate", estimate);
		model.addAttribute("advice", advice);
		// the chosen level's estimate and the suggested one's, for the side-by-side view when they differ
		model.addAttribute("compared", List.of(estimate, levels.stream()
			.filter(level -> level.band().slug().equals(advice.suggested().slug()))
			.findFirst()
			.orElseThrow()));
		model.addAttribute("levels", levels);
		model.addAttribute("chart", SalaryChart.of(levels, choices.band()));
		model.addAttribute("field", salary.field(choices.field()).orElseThrow());
		model.addAttribute("employmentFactor", salary.factor("employment").orElse(null));
		model.addAttribute("links", levels.stream()
			.collect(Collectors.toMap(level -> level.band().slug(),
					level -> SalaryLinks.estimate(salary, level.choices()))));
		model.addAttribute("changeUrl", SalaryLinks.form(salary, asked));
		model.addAttribute("printUrl", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				+ SalaryLinks.estimate(salary, asked));
		model.addAttribute("source", catalog.source());
		return "salary/result";
	}

	@GetMapping("/salary/method")
	String showMethod(Model model, HttpServletResponse response) {
		SharedPages.share(response);
		model.addAttribute("salary", models.model());
		model.addAttribute("suggestLevel", SalaryChoices.SUGGEST_LEVEL);
		model.addAttribute("payBands", catalog.payBands());
		model.addAttribute("source", catalog.source());
		model.addAttribute("minHours", WeeklyHours.MIN);
		model.addAttribute("maxHours", WeeklyHours.MAX);
		model.addAttribute("fullTime", WeeklyHours.FULL_TIME);
		model.addAttribute("maxUnpaid", PlatformCosts.MAX_UNPAID_MINUTES);
		model.addAttribute("maxPercent", PlatformCosts.MAX_PERCENT);
		return "salary/method";
	}

	private void addFormOptions(SalaryModel salary, Model model) {
		model.addAttribute("bands", salary.bands());
		model.addAttribute("suggestLevel", SalaryChoices.SUGGEST_LEVEL);
		Map<String, List<SalaryModel.Field>> byTier = salary.fields()
			.stream()
			.collect(Collectors.groupingBy(SalaryModel.Field::tier, LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("fieldGroups", byTier);
		model.addAttribute("factors", salary.factors()
			.stream()
			.filter(factor -> !SalaryChoices.DOMAIN_FACTOR.equals(factor.slug()))
			.toList());
		model.addAttribute("annotations", AnnotationExperience.slugs());
		model.addAttribute("minHours", WeeklyHours.MIN);
		model.addAttribute("maxHours", WeeklyHours.MAX);
		model.addAttribute("fullTime", WeeklyHours.FULL_TIME);
		model.addAttribute("platformDefaults", salary.platformDefaults());
		model.addAttribute("maxUnpaid", PlatformCosts.MAX_UNPAID_MINUTES);
		model.addAttribute("maxPercent", PlatformCosts.MAX_PERCENT);
	}

}
