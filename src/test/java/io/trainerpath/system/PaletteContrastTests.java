package io.trainerpath.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The two palettes, read from site.css (light) and dark.css (dark over light), checked pair by pair
 * with WCAG's contrast formula. axe checks text on the pages it visits; it does not check the colours
 * of SVG shapes, so the charts' bars, marks and lines are checked here: 3:1 against what they sit on
 * (WCAG 1.4.11), text 4.5:1 (1.4.3).
 */
class PaletteContrastTests {

	private static final Pattern PROPERTY = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");

	/** Text colours, and the backgrounds text appears on. */
	static final List<String> TEXT = List.of("ink", "muted", "brand", "brand-dark", "accent", "error", "ok",
			"lowers");

	static final List<String> TEXT_BACKGROUNDS = List.of("paper", "soft");

	@ParameterizedTest
	@ValueSource(strings = { "light", "dark" })
	void textMeetsFourAndAHalfToOne(String scheme) {
		Map<String, String> palette = palette(scheme);

		for (String text : TEXT) {
			for (String background : TEXT_BACKGROUNDS) {
				assertThat(contrast(palette.get(text), palette.get(background)))
					.as("%s: --%s on --%s", scheme, text, background)
					.isGreaterThanOrEqualTo(4.5);
			}
		}
		assertThat(contrast(palette.get("ink"), palette.get("mark"))).as("%s: marked search words", scheme)
			.isGreaterThanOrEqualTo(4.5);
		assertThat(contrast(palette.get("button-ink"), palette.get("button"))).as("%s: buttons", scheme)
			.isGreaterThanOrEqualTo(4.5);
		assertThat(contrast(palette.get("button-ink"), palette.get("button-hover"))).as("%s: hovered buttons", scheme)
			.isGreaterThanOrEqualTo(4.5);
		assertThat(contrast(palette.get("button-ink"), palette.get("warning"))).as("%s: warning buttons", scheme)
			.isGreaterThanOrEqualTo(4.5);
		assertThat(contrast(palette.get("banner-ink"), palette.get("banner"))).as("%s: the banner", scheme)
			.isGreaterThanOrEqualTo(4.5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "light", "dark" })
	void chartShapesStandOutFromWhatTheySitOn(String scheme) {
		Map<String, String> palette = palette(scheme);

		// the salary chart: bars filled with --line and outlined in --muted; in each bar a mark, the
		// person's own in --brand, the other levels' in --chart-other
		assertThat(contrast(palette.get("muted"), palette.get("paper"))).as("%s: bar outline", scheme)
			.isGreaterThanOrEqualTo(3);
		for (String mark : List.of("chart-other", "brand")) {
			assertThat(contrast(palette.get(mark), palette.get("line"))).as("%s: --%s on a bar", scheme, mark)
				.isGreaterThanOrEqualTo(3);
		}
		// a plan's score history: lines and dots in --brand on the page
		assertThat(contrast(palette.get("brand"), palette.get("paper"))).as("%s: score lines", scheme)
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void everyChartColourIsOneOfThePalettes() {
		String css = read("static/css/site.css");

		assertThat(css).contains(".salary-chart-bar { fill: var(--line); stroke: var(--muted); }",
				".salary-chart-mark { fill: var(--chart-other); }", ".salary-chart-mark-yours { fill: var(--brand); }",
				".score-line { fill: none; stroke: var(--brand);");
		assertThat(css).doesNotContain("fill-opacity");
	}

	@Test
	void theFormulaMatchesWcagsKnownValues() {
		assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, offset(0.01));
		assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, offset(0.01));
		assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
	}

	@Test
	void darkRedefinesEveryColourItUses() {
		Map<String, String> dark = properties("static/css/dark.css");

		assertThat(dark.keySet()).containsAll(TEXT).containsAll(TEXT_BACKGROUNDS).contains("line", "chart-other");
	}

	private static Map<String, String> palette(String scheme) {
		Map<String, String> palette = new HashMap<>(properties("static/css/site.css"));
		if (scheme.equals("dark")) {
			palette.putAll(properties("static/css/dark.css"));
		}
		return palette;
	}

	/** The custom properties of a stylesheet's first rule, its :root palette. */
	private static Map<String, String> properties(String resource) {
		String css = read(resource);
		String root = css.substring(css.indexOf(":root"), css.indexOf('}', css.indexOf(":root")));
		Map<String, String> properties = new HashMap<>();
		Matcher matcher = PROPERTY.matcher(root);
		while (matcher.find()) {
			properties.put(matcher.group(1), matcher.group(2));
		}
		return properties;
	}

	static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
	}

	private static double channel(int value) {
		double c = (value & 0xff) / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static String read(String resource) {
		try (InputStream in = PaletteContrastTests.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
