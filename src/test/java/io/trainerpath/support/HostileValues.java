package io.trainerpath.support;

import java.util.List;

/**
 * Values a careless or malicious visitor might type or send, grouped by what they try to break.
 * Every input gets one value of every category; within a category the inputs take turns.
 */
public final class HostileValues {

	/** Values that must never come back as they were sent, or the page would run or show their markup. */
	public static final List<String> MARKUP = List.of("<script>alert('tp-xss')</script>",
			"<img src=x onerror=alert('tp-xss')><b>tp</b>", "\"><svg onload=alert('tp-xss')>",
			"' onmouseover='alert(1)' data-tp='", "</textarea><script>alert('tp-xss')</script>",
			"javascript:alert('tp-xss')//<a>");

	public static final List<Category> CATEGORIES = List.of(
			new Category("script injection", List.of(MARKUP.get(0), MARKUP.get(4))),
			new Category("markup injection", List.of(MARKUP.get(1), MARKUP.get(5))),
			new Category("attribute breakout", List.of(MARKUP.get(2), MARKUP.get(3))),
			new Category("SQL metacharacters",
					List.of("' OR '1'='1", "1; DROP TABLE pay_bands; --", "\" OR \"\"=\"", "%' AND 1=1 --")),
			new Category("path traversal", List.of("../../../../etc/passwd", "..\\..\\windows\\win.ini",
					"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/../../WEB-INF/web.xml")),
			new Category("null byte", List.of("abc\u0000def", "\u0000")),
			new Category("control characters", List.of("line\r\nSet-Cookie: tp=1", "tab\there\u0007\u001b[31m")),
			new Category("right-to-left", List.of("\u202Egnp.exe\u202C", "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627")),
			new Category("combining characters", List.of("Z\u0351\u0353\u036B\u0343\u036A\u0302\u036B\u033D\u034F",
					"e\u0301\u0301\u0301\u0301\u0301")),
			new Category("emoji", List.of("\uD83D\uDC69\u200D\u2695\uFE0F\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83D\uDCBB",
					"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00")),
			new Category("numbers", List.of("-1", "0", "99999999999999999999999999", "NaN", "1e309", "-0", "Infinity",
					"0x1F", "1,5", "4.2")),
			new Category("empty", List.of("", "   ")),
			new Category("100 KB", List.of("k".repeat(100 * 1024))));

	/** Sent once per size limit, not per input: it is refused before any input is read. */
	public static final String TWO_MEGABYTES = "m".repeat(2 * 1024 * 1024);

	private HostileValues() {
	}

	public record Category(String name, List<String> values) {

		/** The value input number {@code turn} gets, so different inputs try different values. */
		public String pick(int turn) {
			return values.get(Math.floorMod(turn, values.size()));
		}

	}

}
