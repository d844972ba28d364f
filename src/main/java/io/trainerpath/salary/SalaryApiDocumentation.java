package io.trainerpath.salary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.trainerpath.catalog.WeeklyHours;
import io.trainerpath.salary.SalaryModel.Band;
import io.trainerpath.salary.SalaryModel.Option;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lists, in the OpenAPI document, the values every parameter of the estimate allows (the bands' slugs,
 * the fields', each factor's options) and the bounds and defaults of the numbers, read from the same
 * model the estimate uses, so a client can discover them; and the bands a response's fields may name.
 */
@Component
class SalaryApiDocumentation implements OpenApiCustomizer {

	private final SalaryModels models;

	SalaryApiDocumentation(SalaryModels models) {
		this.models = models;
	}

	@Override
	public void customise(OpenAPI openApi) {
		PathItem path = openApi.getPaths() == null ? null : openApi.getPaths().get(EstimatesMeter.API_PATH);
		if (path == null || path.getGet() == null || path.getGet().getParameters() == null) {
			return;
		}
		SalaryModel model = models.model();
		Map<String, Schema<?>> schemas = parameterSchemas(model);
		path.getGet().getParameters().forEach(parameter -> {
			Schema<?> schema = schemas.get(parameter.getName());
			if (schema != null) {
				parameter.setSchema(schema);
			}
		});
		List<String> bands = model.bands().stream().map(Band::slug).toList();
		List<String> asked = new ArrayList<>(bands);
		asked.add(SalaryChoices.SUGGEST_LEVEL);
		Components components = openApi.getComponents();
		allow(components, "SalaryEstimate", "band", bands);
		allow(components, "SalaryEstimate", "levelAsked", asked);
		allow(components, "SalaryAtLevel", "band", bands);
		allow(components, "SalaryLevelAdvice", "chosen", bands);
		allow(components, "SalaryLevelAdvice", "suggested", bands);
	}

	/** Each parameter's schema: the values it allows, or its bounds and, where it has one, its default. */
	static Map<String, Schema<?>> parameterSchemas(SalaryModel model) {
		Map<String, Schema<?>> schemas = new LinkedHashMap<>();
		List<String> bands = new ArrayList<>(model.bands().stream().map(Band::slug).toList());
		bands.add(SalaryChoices.SUGGEST_LEVEL);
		schemas.put(SalaryRequests.BAND, strings(bands));
		schemas.put(SalaryRequests.DOMAIN, strings(model.fields().stream().map(SalaryModel.Field::slug).toList()));
		for (String factor : SalaryRequests.factorParameters(model)) {
			schemas.put(factor,
					strings(model.factor(factor).orElseThrow().options().stream().map(Option::slug).toList()));
		}
		schemas.put(SalaryRequests.ANNOTATION, strings(AnnotationExperience.slugs()));
		schemas.put(SalaryRequests.HOURS, whole(WeeklyHours.MIN, WeeklyHours.MAX, null));
		PlatformCosts assumed = model.platformDefaults();
		schemas.put(SalaryRequests.UNPAID, whole(0, PlatformCosts.MAX_UNPAID_MINUTES, assumed.unpaidMinutes()));
		schemas.put(SalaryRequests.REJECTED, whole(0, PlatformCosts.MAX_PERCENT, assumed.rejectedPercent()));
		schemas.put(SalaryRequests.FEE, whole(0, PlatformCosts.MAX_PERCENT, assumed.feePercent()));
		return schemas;
	}

	private static Schema<?> strings(List<String> values) {
		StringSchema schema = new StringSchema();
		schema.setEnum(values);
		return schema;
	}

	private static Schema<?> whole(int min, int max, Integer defaultValue) {
		IntegerSchema schema = new IntegerSchema();
		schema.minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
		if (defaultValue != null) {
			schema.setDefault(defaultValue);
		}
		return schema;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void allow(Components components, String schema, String property, List<String> values) {
		Schema owner = components == null || components.getSchemas() == null ? null : components.getSchemas().get(schema);
		Object field = owner == null || owner.getProperties() == null ? null : owner.getProperties().get(property);
		if (field instanceof Schema fieldSchema) {
			fieldSchema.setEnum(new ArrayList<>(values));
		}
	}

}
