package io.trainerpath.salary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trainerpath.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.trainerpath.catalog.PayBand;
import io.trainerpath.catalog.PayFactor;
import io.trainerpath.catalog.PayFactorOption;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the estimator's model from the catalog, the weights table, the rules tables and the settings.
 * The result is immutable reference data, so it is built once and kept.
 */
@Component
@EnableConfigurationProperties(SalaryProperties.class)
class SalaryModels {

	private static final Logger log = LoggerFactory.getLogger(SalaryModels.class);

	private final Catalog catalog;

	private final SalaryFactorWeightRepository weights;

	private final SalaryProperties properties;

	private final JdbcClient jdbc;

	private volatile SalaryModel model;

	SalaryModels(Catalog catalog, SalaryFactorWeightRepository weights, SalaryProperties properties, JdbcClient jdbc) {
		this.catalog = catalog;
		this.weights = weights;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	SalaryModel model() {
		SalaryModel current = model;
		if (current == null) {
			current = build();
			model = current;
		}
		return current;
	}

	private SalaryModel build() {
		Map<String, SalaryFactorWeight> weightByOption = weights.findAll()
			.stream()
			.collect(Collectors.toMap(SalaryFactorWeight::getOptionSlug, Function.identity()));
		List<SalaryModel.Band> bands = catalog.payBands().stream().map(SalaryModels::band).toList();
		List<SalaryModel.Field> fields = catalog.domains()
			.stream()
			.map(domain -> new SalaryModel.Field(domain.getSlug(), domain.getName(), domain.getTier()))
			.toList();
		List<SalaryModel.Factor> factors = catalog.payFactors()
			.stream()
			.map(factor -> factor(factor, weightByOption))
			.toList();
		SalaryModel built = new SalaryModel(bands, fields, factors, properties.assumptions(),
				SalaryRules.levelRules(jdbc), SalaryRules.contradictions(jdbc), SalaryRules.platformAssumptions(jdbc));
		if (!built.reachesBandEdges()) {
			log.warn("The salary weights cannot reach the bands' edges with a half-width of {}: the least and most "
					+ "favourable estimates will stop short of the guide's figures", properties.rangeHalfWidth());
		}
		return built;
	}

	private static SalaryModel.Band band(PayBand band) {
		return new SalaryModel.Band(band.getSlug(), band.getName(), band.getSummary(), band.getCurrency(),
				new SalaryModel.Scale(band.getHourlyMin(), band.getHourlyMax(), band.isHourlyOpenEnded()),
				new SalaryModel.Scale(band.getAnnualMin(), band.getAnnualMax(), band.isAnnualOpenEnded()));
	}

	private static SalaryModel.Factor factor(PayFactor factor, Map<String, SalaryFactorWeight> weightByOption) {
		List<SalaryModel.Option> options = factor.getOptions().stream().map(option -> option(option, weightByOption)).toList();
		return new SalaryModel.Factor(factor.getSlug(), factor.getName(), factor.getGuideSays(), options);
	}

	private static SalaryModel.Option option(PayFactorOption option, Map<String, SalaryFactorWeight> weightByOption) {
		SalaryFactorWeight weight = weightByOption.get(option.getSlug());
		if (weight == null) {
			throw new IllegalStateException("No salary weight for pay factor option " + option.getSlug());
		}
		return new SalaryModel.Option(option.getSlug(), option.getLabel(), option.getDescription(), option.getEffect(),
				option.getPosition(), weight.getHourlyShift(), weight.getAnnualShift(), weight.getReason());
	}

}
