package io.trainerpath.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.trainerpath.catalog.Money;

import io.trainerpath.salary.SalaryModel.Band;

/**
 * The geometry of the results page's chart: one bar per band on a shared hourly scale, with the same
 * situation's estimate marked on each bar and the person's own level picked out. Pure numbers, turned
 * into SVG attributes by the template; no JavaScript draws anything.
 */
record SalaryChart(int width, int height, int axisY, List<Row> rows, List<Tick> ticks) {

	/**
	 * Drawn at about its own size on a 390 px phone, so that labels of 13 units stay 12 px or more there;
	 * wider screens draw it larger.
	 */
	static final int WIDTH = 360;

	private static final int LEFT = 10;

	private static final int RIGHT = WIDTH - 10;

	private static final int ROW_HEIGHT = 78;

	/** A band's name longer than this goes on two lines, so it stays inside the chart at 13 units. */
	static final int NAME_LINE_CHARACTERS = 38;

	private static final int NAME_LINE_HEIGHT = 16;

	private static final int BAR_HEIGHT = 22;

	/** Space the range label needs beside a bar before it moves to the bar's other side. */
	private static final int LABEL_ROOM = 76;

	/** One band's bar, the estimate at that band, and where their labels go; its name in one or two lines. */
	record Row(Band band, List<String> nameLines, SalaryEstimate estimate, boolean chosen, String labelY, String barX,
			String barY,
			String barWidth, String barHeight, String rangeX, String rangeY, boolean rangeAtEnd, String openX1,
			String openX2, String openY, String markX, String markWidth, String markLabelX, String markLabelY,
			String markLabelAnchor) {
	}

	/** A tick on the hourly axis; the end ticks' labels are anchored inwards so they stay in view. */
	record Tick(String x, String label, String anchor) {
	}

	static SalaryChart of(List<SalaryEstimate> levels, String chosenBand) {
		BigDecimal top = scaleTop(levels);
		List<Row> rows = new ArrayList<>();
		int rowTop = 0;
		for (SalaryEstimate level : levels) {
			List<String> nameLines = lines(level.band().name());
			rows.add(row(level, nameLines, level.band().slug().equals(chosenBand), rowTop, top));
			rowTop += ROW_HEIGHT + (nameLines.size() - 1) * NAME_LINE_HEIGHT;
		}
		int axisY = 12 + rowTop;
		List<Tick> ticks = new ArrayList<>();
		BigDecimal step = top.divide(BigDecimal.valueOf(4), 0, RoundingMode.CEILING);
		for (BigDecimal value = BigDecimal.ZERO; value.compareTo(top) <= 0; value = value.add(step)) {
			String anchor = value.signum() == 0 ? "start" : value.compareTo(top) >= 0 ? "end" : "middle";
			ticks.add(new Tick(number(x(value, top)), Money.format(value, levels.get(0).band().currency()), anchor));
		}
		return new SalaryChart(WIDTH, axisY + 26, axisY, rows, ticks);
	}

	/** The highest band maximum plus room for an open end, rounded up to a multiple of 40. */
	private static BigDecimal scaleTop(List<SalaryEstimate> levels) {
		BigDecimal highest = levels.stream()
			.map(level -> level.band().hourly().max())
			.reduce(BigDecimal.ONE, BigDecimal::max);
		BigDecimal forty = BigDecimal.valueOf(40);
		return highest.multiply(new BigDecimal("1.05")).divide(forty, 0, RoundingMode.CEILING).multiply(forty);
	}

	/**
	 * A name as lines of at most {@link #NAME_LINE_CHARACTERS}, broken after a comma where there is one,
	 * else after a word; two lines at most.
	 */
	static List<String> lines(String name) {
		if (name.length() <= NAME_LINE_CHARACTERS) {
			return List.of(name);
		}
		int comma = name.lastIndexOf(", ", NAME_LINE_CHARACTERS - 1);
		int space = comma > 0 ? comma + 1 : name.lastIndexOf(' ', NAME_LINE_CHARACTERS);
		if (space <= 0) {
			return List.of(name);
		}
		return List.of(name.substring(0, space), name.substring(space + 1));
	}

	private static Row row(SalaryEstimate level, List<String> nameLines, boolean chosen, int rowTop, BigDecimal top) {
		Band band = level.band();
		int labelY = rowTop + 18;
		int barY = labelY + 10 + (nameLines.size() - 1) * NAME_LINE_HEIGHT;
		double barX = x(band.hourly().min(), top);
		double barEnd = x(band.hourly().max(), top);
		boolean rangeAtEnd = RIGHT - barEnd >= LABEL_ROOM;
		double rangeX = rangeAtEnd ? barEnd + 6 : barX - 6;
		double markX = x(level.hourly().low(), top);
		double markEnd = x(level.hourly().high(), top);
		// the label reads away from the nearer edge of the chart, so it is never cut off
		boolean leftHalf = (markX + markEnd) / 2 < (LEFT + RIGHT) / 2.0;
		double markLabelX = leftHalf ? markX : markEnd;
		return new Row(band, nameLines, level, chosen, number(labelY), number(barX), number(barY), number(barEnd - barX),
				number(BAR_HEIGHT), number(rangeX), number(barY + 16), rangeAtEnd, number(barEnd),
				number(Math.min(RIGHT, barEnd + 16)), number(barY + BAR_HEIGHT / 2.0), number(markX),
				number(Math.max(2, markEnd - markX)), number(markLabelX), number(barY + BAR_HEIGHT + 16),
				leftHalf ? "start" : "end");
	}

	private static double x(BigDecimal amount, BigDecimal top) {
		return LEFT + amount.doubleValue() / top.doubleValue() * (RIGHT - LEFT);
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
