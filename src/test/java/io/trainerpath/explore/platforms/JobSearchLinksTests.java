package io.trainerpath.explore.platforms;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JobSearchLinksTests {

	@Test
	void encodesSpacesParenthesesAndSlashesSoTheTitleStaysOneSearch() {
		String url = JobSearchLinks.url("linkedin", "Domain Expert (AI/ML)");

		assertThat(url).isEqualTo("https://www.linkedin.com/jobs/search/?keywords=Domain+Expert+%28AI%2FML%29");
	}

	@ParameterizedTest
	@ValueSource(strings = { "linkedin", "indeed", "glassdoor", "ziprecruiter" })
	void buildsAValidHttpsAddressForEveryBoard(String board) {
		URI uri = URI.create(JobSearchLinks.url(board, "Content Evaluator (AI) & more"));

		assertThat(uri.getScheme()).isEqualTo("https");
		assertThat(uri.getRawQuery()).contains("Content+Evaluator+%28AI%29+%26+more");
	}

	@Test
	void refusesABoardWithoutAKnownSearchAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> JobSearchLinks.url("fiverr", "x"));
	}

}
