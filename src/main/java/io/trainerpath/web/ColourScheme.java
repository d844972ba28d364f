package io.trainerpath.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The colours a visitor chose, kept in a cookie: light, dark, or whatever their device prefers. Pages
 * are rendered for the chosen scheme, so the page cache keeps one copy of a shared page per scheme.
 */
public enum ColourScheme {

	LIGHT, DARK, SYSTEM;

	public static final String COOKIE = "scheme";

	/** The scheme a cookie value names; anything else, or no value, means the device decides. */
	public static ColourScheme of(String value) {
		if (value != null) {
			for (ColourScheme scheme : values()) {
				if (scheme.value().equals(value)) {
					return scheme;
				}
			}
		}
		return SYSTEM;
	}

	public static ColourScheme of(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		return of(cookie == null ? null : cookie.getValue());
	}

	/** The name used in the cookie and in addresses: light, dark or system. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
