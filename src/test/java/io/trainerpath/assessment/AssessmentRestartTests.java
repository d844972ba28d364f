package io.trainerpath.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.trainerpath.support.AppInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A draft and a completed result are on disk, so both outlive the application stopping and starting. */
class AssessmentRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsADraftAndAResultAcrossARestart() {
		String url = AppInstance.h2File(dataDir);
		String draftToken;
		String resultToken;
		Map<String, Integer> scores;

		try (AppInstance first = AppInstance.startOnH2(url)) {
			Assessments assessments = first.bean(Assessments.class);
			Quiz quiz = assessments.quiz();
			draftToken = assessments.start().getToken();
			assessments.saveProfile(draftToken, new Profile("law", 7, 15, "employment-freelance", List.of("model-feedback")));
			assessments.saveStep(draftToken, 2, firstOptions(quiz.questionsOfStep(2)));
			Assessment result = assessments.submit(new Profile("finance", 2, 30, "employment-employee", List.of()),
					firstOptions(quiz.questions()));
			resultToken = result.getToken();
			scores = result.skillScores(quiz.weights().stream().map(SkillWeight::skillSlug).toList());
		}

		try (AppInstance second = AppInstance.startOnH2(url)) {
			Assessments assessments = second.bean(Assessments.class);
			Quiz quiz = assessments.quiz();
			Assessment draft = assessments.find(draftToken).orElseThrow();
			assertThat(draft.isCompleted()).isFalse();
			assertThat(draft.profile()).hasValue(
					new Profile("law", 7, 15, "employment-freelance", List.of("model-feedback")));
			assertThat(draft.answers()).isEqualTo(firstOptions(quiz.questionsOfStep(2)));
			assertThat(draft.firstUnansweredStep(quiz)).hasValue(3);

			Assessment result = assessments.find(resultToken).orElseThrow();
			assertThat(result.isCompleted()).isTrue();
			assertThat(result.skillScores(quiz.weights().stream().map(SkillWeight::skillSlug).toList()))
				.isEqualTo(scores)
				.hasSize(6);
			assertThat(result.getLevelSlug()).isNotNull();
		}
	}

	private static Map<String, String> firstOptions(List<QuizQuestion> questions) {
		return questions.stream().collect(Collectors.toMap(QuizQuestion::slug, q -> q.options().get(0).slug()));
	}

}
