package io.trainerpath.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EveryCaseTests {

	@Test
	void passesWhenEveryCaseHolds() {
		List<Integer> checked = new ArrayList<>();

		EveryCase.satisfy(List.of(1, 2, 3), n -> "n=" + n, n -> {
			checked.add(n);
			assertThat(n).isPositive();
		});

		assertThat(checked).containsExactly(1, 2, 3);
	}

	@Test
	void checksEveryCaseAfterAFailureAndNamesEachOneThatFails() {
		List<Integer> checked = new ArrayList<>();

		assertThatThrownBy(() -> EveryCase.satisfy(List.of(1, 2, 3, 4), n -> "n=" + n, n -> {
			checked.add(n);
			assertThat(n % 2).as("odd").isZero();
		})).isInstanceOf(AssertionError.class)
			.hasMessageStartingWith("2 of 4 cases fail")
			.hasMessageContaining("n=1: [odd]")
			.hasMessageContaining("n=3: [odd]")
			.message()
			.doesNotContain("n=2", "n=4");
		assertThat(checked).containsExactly(1, 2, 3, 4);
	}

	@Test
	void listsTheFirstTwentyFailuresAndCountsTheRest() {
		List<Integer> many = IntStream.rangeClosed(1, 25).boxed().toList();

		assertThatThrownBy(() -> EveryCase.satisfy(many, n -> "n=" + n, n -> assertThat(n).isZero()))
			.hasMessageStartingWith("25 of 25 cases fail")
			.hasMessageContaining("n=20:")
			.hasMessageEndingWith("… and 5 more")
			.message()
			.doesNotContain("n=21:");
	}

	@Test
	void failsWhenThereIsNothingToCheck() {
		assertThatThrownBy(() -> EveryCase.satisfy(List.of(), Object::toString, x -> {
		})).hasMessage("no cases to check");
	}

}
