package io.trainerpath.support;

import java.util.regex.Pattern;

/** Signs that an answer shows the inside of the server: an exception's class name or a stack frame. */
public final class StackTraces {

	/**
	 * A qualified name ending in Exception or Error, or an "at package.Class.method(" frame. A name
	 * starts where no lower-case letter precedes it: the same matches as without that guard, but a
	 * long run of letters (a hostile 100 KB value sent back) is scanned once, not once per letter.
	 */
	private static final Pattern SIGNS = Pattern
		.compile("(?<![a-z])[a-z]+\\.[a-zA-Z.]*(Exception|Error)\\b|\\bat (org|io|java|jakarta)\\.[\\w.$]+\\(");

	private StackTraces() {
	}

	public static boolean appearIn(String text) {
		return SIGNS.matcher(text).find();
	}

}
