package io.trainerpath.salary;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.web.SharedPages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

	// The answers' schemas are named here: springdoc would otherwise describe ResponseEntity itself
	@GetMapping("/pay-bands")
	@ApiResponse(responseCode = "200", description = "The guide's pay bands, lowest first",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = BandView.class))))
	ResponseEntity<List<BandView>> payBands() {
		return ResponseEntity.ok()
			.cacheControl(SharedPages.cacheControl(SharedPages.API))
			.body(models.model().bands().stream().map(BandView::of).toList());
	}

	@GetMapping("/pay-factors")
	@ApiResponse(responseCode = "200", description = "The pay factors, each option with its weight",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = FactorView.class))))
	ResponseEntity<List<FactorView>> payFactors() {
		return ResponseEntity.ok()
			.cacheControl(SharedPages.cacheControl(SharedPages.API))
			.body(models.model().factors().stream().map(FactorView::of).toList());
	}

	// The parameters are read as one map so repeats can be refused; the OpenAPI document lists them one by
	// one, and SalaryApiDocumentation adds the values each allows, read from the database.
	@GetMapping("/salary-estimate")
	@Operation(summary = "Estimate pay for a situation",
			description = "The same estimate as the page at /salary/estimate, with the same parameters. The first "
					+ "edition's parameters are required; annotation, unpaid, rejected and fee are optional. "
					+ "Bad parameters answer 400 with problem details whose errors name each one.")
	@ApiResponse(responseCode = "200", description = "The estimate",
			content = @Content(schema = @Schema(implementation = SalaryEstimateView.class)))
	@Parameters({
			@Parameter(name = "band", in = ParameterIn.QUERY, required = true, example = "domain-trainer",
					description = "The level of role, a pay band's slug; or suggest, to use the level the other "
							+ "answers fit"),
			@Parameter(name = "domain", in = ParameterIn.QUERY, required = true, example = "medicine",
					description = "Field of expertise, a domain's slug; its tier answers the domain factor"),
			@Parameter(name = "experience", in = ParameterIn.QUERY, required = true, example = "experience-some",
					description = "Experience at the work, an option of the experience factor"),
			@Parameter(name = "location", in = ParameterIn.QUERY, required = true, example = "location-other-city",
					description = "Where the person is based, an option of the location factor"),
			@Parameter(name = "employment", in = ParameterIn.QUERY, required = true,
					example = "employment-employee",
					description = "Employee full-time, employee part-time or freelance, an option of the "
							+ "employment factor"),
			@Parameter(name = "company", in = ParameterIn.QUERY, required = true, example = "company-smaller",
					description = "The kind of company, an option of the company factor"),
			@Parameter(name = "complexity", in = ParameterIn.QUERY, required = true,
					example = "complexity-analytical",
					description = "What the projects ask, an option of the complexity factor"),
			@Parameter(name = "annotation", in = ParameterIn.QUERY, required = false, example = "paid",
					description = "Optional. Annotation work done so far, as the readiness quiz asks it; left "
							+ "out, the level suggestion goes without it"),
			@Parameter(name = "hours", in = ParameterIn.QUERY, required = true, example = "40",
					description = "Hours a week, a whole number"),
			@Parameter(name = "unpaid", in = ParameterIn.QUERY, required = false, example = "15",
					description = "Optional. Platform work: unpaid minutes for each paid hour; left out, the "
							+ "portal's assumption (the default) is used and marked as assumed"),
			@Parameter(name = "rejected", in = ParameterIn.QUERY, required = false, example = "10",
					description = "Optional. Platform work: percent of work rejected or not paid; left out, the "
							+ "portal's assumption (the default) is used and marked as assumed"),
			@Parameter(name = "fee", in = ParameterIn.QUERY, required = false, example = "0",
					description = "Optional. Platform work: the platform's fee in percent; left out, the portal's "
							+ "assumption (the default) is used and marked as assumed") })
	ResponseEntity<SalaryEstimateView> estimate(
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		SalaryModel model = models.model();
		BindingResult read = requests.read(params, model);
		if (read.hasErrors()) {
			throw new InvalidParameters(read);
		}
		SalaryChoices asked = ((SalaryForm) read.getTarget()).toChoices();
		LevelAdvice advice = LevelAdvisor.advise(model, asked);
		SalaryChoices choices = asked.atBand(advice.band().slug());
		SalaryEstimate estimate = SalaryEstimator.estimate(model, choices);
		List<SalaryEstimate> levels = SalaryEstimator.estimateAtEveryLevel(model, choices);
		return ResponseEntity.ok()
			.cacheControl(SharedPages.cacheControl(SharedPages.API,
					SalaryRequests.parameters(model).toArray(String[]::new)))
			.body(SalaryEstimateView.of(asked, advice, estimate, levels, model, catalog.source(),
					text("salary.api.sources")));
	}

	@ExceptionHandler(InvalidParameters.class)
	ResponseEntity<ProblemDetail> invalidParameters(InvalidParameters ex) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(ex.read));
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

	/** Parameters the estimate cannot be given for; answered as problem details. */
	static final class InvalidParameters extends RuntimeException {

		private final transient BindingResult read;

		InvalidParameters(BindingResult read) {
			super("Invalid salary estimate parameters", null, false, false);
			this.read = read;
		}

	}

}
