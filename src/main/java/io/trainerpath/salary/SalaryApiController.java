package io.trainerpath.salary;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.ContentSource;
import io.trainerpath.web.SharedPages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The estimator as JSON: the bands, the factors with their weights, and estimates. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class SalaryApiController {

	private final SalaryModels models;

	private final Catalog catalog;

	private final SalaryRequests requests;

	private final MessageSource messages;

	SalaryApiController(SalaryModels models, SalaryRequests requests, Catalog catalog, MessageSource messages) {
		this.models = models;
		this.requests = requests;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/pay-bands")
	ResponseEntity<List<BandView>> payBands() {
		return ResponseEntity.ok()
			.cacheControl(SharedPages.cacheControl(SharedPages.API))
			.body(models.model().bands().stream().map(BandView::of).toList());
	}

	@GetMapping("/pay-factors")
	ResponseEntity<List<FactorView>> payFactors() {
		return ResponseEntity.ok()
			.cacheControl(SharedPages.cacheControl(SharedPages.API))
			.body(models.model().factors().stream().map(FactorView::of).toList());
	}

	// The parameters are read as one map so repeats can be refused; the OpenAPI document lists them one by one.
	@GetMapping("/salary-estimate")
	@Parameters({
			@Parameter(name = "band", in = ParameterIn.QUERY, required = true, example = "domain-trainer",
					description = "Pay band: entry-annotator, domain-trainer or senior-expert"),
			@Parameter(name = "domain", in = ParameterIn.QUERY, required = true, example = "medicine",
					description = "Field of expertise, a domain slug"),
			@Parameter(name = "experience", in = ParameterIn.QUERY, required = true, example = "experience-some"),
			@Parameter(name = "location", in = ParameterIn.QUERY, required = true, example = "location-other-city"),
			@Parameter(name = "employment", in = ParameterIn.QUERY, required = true,
					example = "employment-employee"),
			@Parameter(name = "company", in = ParameterIn.QUERY, required = true, example = "company-smaller"),
			@Parameter(name = "complexity", in = ParameterIn.QUERY, required = true,
					example = "complexity-analytical"),
			@Parameter(name = "hours", in = ParameterIn.QUERY, required = true, example = "40",
					description = "Hours a week, a whole number from 1 to 80") })
	ResponseEntity<?> estimate(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		SalaryModel model = models.model();
		BindingResult read = requests.read(params, model);
		if (read.hasErrors()) {
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(read));
		}
		SalaryChoices asked = ((SalaryForm) read.getTarget()).toChoices();
		SalaryChoices choices = asked.atBand(LevelAdvisor.advise(model, asked).band().slug());
		SalaryEstimate estimate = SalaryEstimator.estimate(model, choices);
		List<SalaryEstimate> levels = SalaryEstimator.estimateAtEveryLevel(model, choices);
		return ResponseEntity.ok()
			.cacheControl(SharedPages.cacheControl(SharedPages.API,
					SalaryRequests.parameters(model).toArray(String[]::new)))
			.body(EstimateView.of(estimate, levels, model, catalog.source(), text("salary.api.sources")));
	}

	/** Each wrong parameter by its name in the address, with what is wrong in words. */
	private ProblemDetail problem(BindingResult read) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("salary.api.invalid"));
		problem.setTitle(text("salary.api.invalid.title"));
		problem.setType(URI.create("/salary/method#parameters"));
		problem.setProperty("errors", read.getFieldErrors()
			.stream()
			.map(error -> new ParameterError(SalaryRequests.parameter(error.getField()),
					messages.getMessage(error, Locale.ENGLISH)))
			.toList());
		return problem;
	}

	private String text(String code) {
		return messages.getMessage(code, null, Locale.ENGLISH);
	}

	record ParameterError(String parameter, String detail) {
	}

	record Amounts(BigDecimal min, BigDecimal max, boolean openEnded) {

		static Amounts of(SalaryModel.Scale scale) {
			return new Amounts(scale.min(), scale.max(), scale.openEnded());
		}

	}

	record BandView(String slug, String name, String summary, String currency, Amounts hourly, Amounts annual) {

		static BandView of(SalaryModel.Band band) {
			return new BandView(band.slug(), band.name(), band.summary(), band.currency(), Amounts.of(band.hourly()),
					Amounts.of(band.annual()));
		}

	}

	record OptionView(String slug, String label, String description, String guideEffect, BigDecimal hourlyShift,
			BigDecimal annualShift) {

		static OptionView of(SalaryModel.Option option) {
			return new OptionView(option.slug(), option.label(), option.description(), option.effect(),
					option.hourlyShift(), option.annualShift());
		}

	}

	record FactorView(String slug, String name, String guideSays, String parameter, List<OptionView> options) {

		static FactorView of(SalaryModel.Factor factor) {
			// the domain factor has no parameter of its own: the field's tier picks its option
			String parameter = SalaryChoices.DOMAIN_FACTOR.equals(factor.slug()) ? null : factor.slug();
			return new FactorView(factor.slug(), factor.name(), factor.guideSays(), parameter,
					factor.options().stream().map(OptionView::of).toList());
		}

	}

	record Range(BigDecimal low, BigDecimal high, boolean openTop, String text) {

		static Range of(MoneyRange range) {
			return new Range(range.low(), range.high(), range.openTop(), range.text());
		}

	}

	record BreakdownLine(String factor, String option, String label, String guideEffect, BigDecimal hourlyShift,
			BigDecimal hourlyEffect, BigDecimal annualShift, BigDecimal annualEffect) {

		static BreakdownLine of(SalaryEstimate.Line line) {
			return new BreakdownLine(line.factor().slug(), line.option().slug(), line.option().label(),
					line.option().effect(), line.option().hourlyShift(), line.hourlyEffect(), line.option().annualShift(),
					line.annualEffect());
		}

	}

	record Level(String band, Range hourly, Range salary, String estimate) {
	}

	record Conversion(int hoursPerWeek, int workingWeeksPerYear, String formula) {
	}

	record Sources(String statement, String title, LocalDate updatedOn, String method) {
	}

	record EstimateView(String band, BandView bandDetails, String field, String employment, Range hourly,
			Range salary, Range yearAtYourHours, Conversion conversion, BigDecimal position, boolean heldAtBandEdge,
			List<BreakdownLine> breakdown, List<Level> atEveryLevel, Sources sources) {

		static EstimateView of(SalaryEstimate estimate, List<SalaryEstimate> levels, SalaryModel model,
				ContentSource source, String statement) {
			int hours = estimate.hours();
			int weeks = estimate.workingWeeksPerYear();
			return new EstimateView(estimate.band().slug(), BandView.of(estimate.band()), estimate.choices().field(),
					estimate.choices().option("employment"), Range.of(estimate.hourly()), Range.of(estimate.salary()),
					Range.of(estimate.yearAtYourHours()),
					new Conversion(hours, weeks, "hourly rate × " + hours + " hours a week × " + weeks + " weeks"),
					estimate.hourlyPlacement().centre(), estimate.hourlyPlacement().held(),
					estimate.breakdown().stream().map(BreakdownLine::of).toList(),
					levels.stream()
						.map(level -> new Level(level.band().slug(), Range.of(level.hourly()), Range.of(level.salary()),
								"/api/v1/salary-estimate?" + SalaryLinks.query(model, level.choices())))
						.toList(),
					new Sources(statement, source.getTitle(), source.getUpdatedOn(), "/salary/method"));
		}

	}

}
