package io.trainerpath.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.trainerpath.assessment.Assessments;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.catalog.Catalog;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives the submission endpoint a complete, valid example body built from the questions in the
 * database, so a client (or a contract test) can try the API without reading every question first.
 */
@Component
class AssessmentApiDocumentation implements OpenApiCustomizer {

	private final Assessments assessments;

	private final Catalog catalog;

	AssessmentApiDocumentation(Assessments assessments, Catalog catalog) {
		this.assessments = assessments;
		this.catalog = catalog;
	}

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		PathItem path = openApi.getPaths() == null ? null : openApi.getPaths().get("/api/v1/assessments");
		Operation post = path == null ? null : path.getPost();
		if (post == null || post.getRequestBody() == null || post.getRequestBody().getContent() == null) {
			return;
		}
		MediaType json = post.getRequestBody().getContent().get("application/json");
		if (json != null) {
			json.setExample(exampleSubmission());
		}
	}

	Map<String, Object> exampleSubmission() {
		Quiz quiz = assessments.quiz();
		Map<String, String> answers = new LinkedHashMap<>();
		quiz.questions().forEach(question -> answers.put(question.slug(), question.options().get(0).slug()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("domain", catalog.domains().get(0).getSlug());
		body.put("yearsOfExperience", 5);
		body.put("hoursPerWeek", 20);
		body.put("employment", assessments.employmentOptions().get(0).getSlug());
		body.put("workTypes", List.of(catalog.workTypes().get(0).getSlug()));
		body.put("answers", answers);
		body.put("annotationExperience", quiz.choices().annotationExperience().get(0).slug());
		body.put("languages", Map.of(quiz.choices().languages().get(0).slug(), quiz.choices().languageLevels().get(0).slug()));
		body.put("preparation", List.of(quiz.choices().preparation().get(0).slug()));
		return body;
	}

}
