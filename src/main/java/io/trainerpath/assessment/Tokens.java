package io.trainerpath.assessment;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Secret links: 128 random bits, written as 22 URL-safe characters. */
public final class Tokens {

	static final int BYTES = 16;

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	static String next() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether a string could be a token at all; anything else need not reach the database. */
	public static boolean isWellFormed(String candidate) {
		return candidate != null && SHAPE.matcher(candidate).matches();
	}

}
