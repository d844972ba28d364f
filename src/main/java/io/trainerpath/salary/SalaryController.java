package io.trainerpath.salary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.trainerpath.catalog.Catalog;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SalaryController {

	static final String FORM = "salaryForm";

	private final SalaryModels models;

	private final Catalog catalog;

	SalaryController(SalaryModels models, Catalog catalog) {
		this.models = models;
		this.catalog = catalog;
	}

	@GetMapping("/salary")
	String showForm(@RequestParam MultiValueMap<String, String> params, Model model) {
		SalaryModel salary = models.model();
		addFormOptions(salary, model);
		model.addAttribute(FORM, SalaryRequest.prefill(params, salary));
		return "salary/form";
	}

	@GetMapping(EstimatesMeter.RESULT_PATH)
	String estimate(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		SalaryModel salary = models.model();
		SalaryRequest.Parsed parsed = SalaryRequest.parse(params, salary);
		if (!parsed.valid()) {
			BindingResult errors = new BeanPropertyBindingResult(parsed.form(), FORM);
			parsed.problems()
				.forEach(problem -> errors.rejectValue(problem.parameter(), problem.code(), problem.arguments(), null));
			addFormOptions(salary, model);
			model.addAttribute(FORM, parsed.form());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "salary/form";
		}

		SalaryChoices choices = parsed.choices();
		SalaryEstimate estimate = SalaryEstimator.estimate(salary, choices);
		List<SalaryEstimate> levels = SalaryEstimator.estimateAtEveryLevel(salary, choices);

		model.addAttribute("estimate", estimate);
		model.addAttribute("levels", levels);
		model.addAttribute("chart", SalaryChart.of(levels, choices.band()));
		model.addAttribute("field", salary.field(choices.field()).orElseThrow());
		model.addAttribute("employmentFactor", salary.factor("employment").orElse(null));
		model.addAttribute("links", levels.stream()
			.collect(Collectors.toMap(level -> level.band().slug(),
					level -> SalaryLinks.estimate(salary, level.choices()))));
		model.addAttribute("changeUrl", SalaryLinks.form(salary, choices));
		model.addAttribute("source", catalog.source());
		return "salary/result";
	}

	@GetMapping("/salary/method")
	String showMethod(Model model) {
		SalaryModel salary = models.model();
		model.addAttribute("salary", salary);
		model.addAttribute("source", catalog.source());
		return "salary/method";
	}

	private void addFormOptions(SalaryModel salary, Model model) {
		model.addAttribute("bands", salary.bands());
		Map<String, List<SalaryModel.Field>> byTier = salary.fields()
			.stream()
			.collect(Collectors.groupingBy(SalaryModel.Field::tier, java.util.LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("fieldGroups", byTier);
		model.addAttribute("factors", salary.factors()
			.stream()
			.filter(factor -> !SalaryChoices.DOMAIN_FACTOR.equals(factor.slug()))
			.toList());
		model.addAttribute("minHours", SalaryChoices.MIN_HOURS);
		model.addAttribute("maxHours", SalaryChoices.MAX_HOURS);
	}

}
