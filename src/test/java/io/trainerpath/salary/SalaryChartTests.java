package io.trainerpath.salary;

import java.util.List;

import io.trainerpath.salary.SalaryModel.Factor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SalaryChartTests {

	static final SalaryModel MODEL = SalaryModelFixture.seeded();

	static List<SalaryChoices> extremes() {
		return MODEL.bands()
			.stream()
			.flatMap(band -> java.util.stream.Stream.of(
					SalaryCombinations.uniform(MODEL, band.slug(), Factor::lowest),
					SalaryCombinations.uniform(MODEL, band.slug(), Factor::neutral),
					SalaryCombinations.uniform(MODEL, band.slug(), Factor::highest)))
			.toList();
	}

	@ParameterizedTest
	@MethodSource("extremes")
	void drawsEveryBandWithTheEstimateInsideItsBarAndWithinTheChart(SalaryChoices choices) {
		List<SalaryEstimate> levels = SalaryEstimator.estimateAtEveryLevel(MODEL, choices);

		SalaryChart chart = SalaryChart.of(levels, choices.band());

		assertThat(chart.rows()).hasSize(3);
		assertThat(chart.rows()).filteredOn(SalaryChart.Row::chosen)
			.singleElement()
			.satisfies(row -> assertThat(row.band().slug()).isEqualTo(choices.band()));
		for (SalaryChart.Row row : chart.rows()) {
			double barX = Double.parseDouble(row.barX());
			double barEnd = barX + Double.parseDouble(row.barWidth());
			double markX = Double.parseDouble(row.markX());
			double markEnd = markX + Double.parseDouble(row.markWidth());
			assertThat(barX).isGreaterThanOrEqualTo(0);
			assertThat(barEnd).isLessThanOrEqualTo(chart.width());
			assertThat(markX).isBetween(barX - 0.2, barEnd + 0.2);
			assertThat(markEnd).isBetween(barX - 0.2, barEnd + 0.2);
			assertThat(Double.parseDouble(row.openX2())).isLessThanOrEqualTo(chart.width());
		}
		assertThat(chart.ticks()).first().satisfies(tick -> assertThat(tick.label()).isEqualTo("$0"));
		assertThat(chart.ticks()).allSatisfy(
				tick -> assertThat(Double.parseDouble(tick.x())).isBetween(0.0, (double) chart.width()));
	}

	@ParameterizedTest
	@MethodSource("extremes")
	void scalesBarsByTheirHourlyFigures(SalaryChoices choices) {
		SalaryChart chart = SalaryChart.of(SalaryEstimator.estimateAtEveryLevel(MODEL, choices), choices.band());

		double entry = Double.parseDouble(chart.rows().get(0).barWidth());
		double senior = Double.parseDouble(chart.rows().get(2).barWidth());
		// $15 wide against $70 wide
		assertThat(senior / entry).isCloseTo(70.0 / 15.0, org.assertj.core.data.Offset.offset(0.05));
	}

	@org.junit.jupiter.api.Test
	void putsALongBandNameOnTwoLinesAfterItsComma() {
		assertThat(SalaryChart.lines("Senior or lead trainer, domain-expert consultant"))
			.containsExactly("Senior or lead trainer,", "domain-expert consultant");
		assertThat(SalaryChart.lines("AI data trainer with domain expertise")).hasSize(1);
		assertThat(SalaryChart.lines("a".repeat(50))).hasSize(1);
		MODEL.bands()
			.forEach(band -> assertThat(SalaryChart.lines(band.name()))
				.allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(SalaryChart.NAME_LINE_CHARACTERS)));
	}

}
