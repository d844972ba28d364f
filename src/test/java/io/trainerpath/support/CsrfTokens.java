package io.trainerpath.support;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * A CSRF token pair as a browser holds it: the raw token in the XSRF-TOKEN cookie and the masked
 * copy Spring Security puts in each form's hidden _csrf field (random bytes, then the token XOR
 * those bytes, Base64url). Lets a test post any form without first finding a page that shows it.
 */
public record CsrfTokens(String cookieValue, String formValue) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public static CsrfTokens fresh() {
		String token = UUID.randomUUID().toString();
		byte[] raw = token.getBytes(StandardCharsets.UTF_8);
		byte[] mask = new byte[raw.length];
		RANDOM.nextBytes(mask);
		byte[] combined = new byte[raw.length * 2];
		System.arraycopy(mask, 0, combined, 0, raw.length);
		for (int i = 0; i < raw.length; i++) {
			combined[raw.length + i] = (byte) (raw[i] ^ mask[i]);
		}
		return new CsrfTokens(token, Base64.getUrlEncoder().encodeToString(combined));
	}

	public String cookieHeader() {
		return "XSRF-TOKEN=" + cookieValue;
	}

}
