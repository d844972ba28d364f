package io.trainerpath.explore.search;

import java.util.stream.Stream;

import io.trainerpath.explore.search.SearchQuery.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	static Stream<Arguments> oddQueries() {
		return Stream.of(Arguments.of("", Problem.EMPTY), Arguments.of("   ", Problem.EMPTY),
				Arguments.of("a", Problem.TOO_SHORT), Arguments.of(" x ", Problem.TOO_SHORT),
				Arguments.of("a b c", Problem.TOO_SHORT), Arguments.of("<>!?", Problem.NO_WORDS),
				Arguments.of("%%% *** ---", Problem.NO_WORDS), Arguments.of("'\"; DROP", null));
	}

	@ParameterizedTest
	@MethodSource("oddQueries")
	void namesTheProblemWithAnOddQuery(String raw, Problem expected) {
		SearchQuery query = SearchQuery.parse(raw);

		assertThat(query.problem()).isEqualTo(expected);
		assertThat(query.searchable()).isEqualTo(expected == null);
	}

	@ParameterizedTest
	@NullSource
	void treatsAMissingQueryAsEmpty(String raw) {
		assertThat(SearchQuery.parse(raw).problem()).isEqualTo(Problem.EMPTY);
	}

	@Test
	void cutsALongQueryAtTheLimitAndSaysSo() {
		String raw = "portfolio ".repeat(30);

		SearchQuery query = SearchQuery.parse(raw);

		assertThat(query.truncated()).isTrue();
		assertThat(query.text().length()).isLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(query.terms()).containsExactly("portfolio");
	}

	@Test
	void leavesAQueryAtTheLimitWhole() {
		String raw = "x".repeat(SearchQuery.MAX_LENGTH);

		SearchQuery query = SearchQuery.parse(raw);

		assertThat(query.truncated()).isFalse();
		assertThat(query.text()).hasSize(SearchQuery.MAX_LENGTH);
	}

	@Test
	void splitsOnPunctuationLowercasesAndDropsRepeatsAndSingleLetters() {
		SearchQuery query = SearchQuery.parse("Prompt-engineer, a PROMPT (AI)");

		assertThat(query.terms()).containsExactly("prompt", "engineer", "ai");
	}

	@Test
	void keepsLettersOfAnyAlphabet() {
		assertThat(SearchQuery.parse("Übersetzer médecin").terms()).containsExactly("übersetzer", "médecin");
	}

	@Test
	void turnsControlCharactersIntoSpaces() {
		SearchQuery query = SearchQuery.parse("pay\u0000salary\u0007\u001b[31m\u0085");

		assertThat(query.text()).isEqualTo("pay salary  [31m");
		assertThat(query.terms()).containsExactly("pay", "salary", "31m");
	}

	@Test
	void neverCutsASurrogatePairInHalf() {
		String raw = "a".repeat(SearchQuery.MAX_LENGTH - 1) + "😀😀";

		SearchQuery query = SearchQuery.parse(raw);

		assertThat(query.truncated()).isTrue();
		assertThat(query.text()).endsWith("😀").doesNotEndWith("😀😀");
	}

}
