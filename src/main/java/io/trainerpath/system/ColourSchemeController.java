package io.trainerpath.system;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import io.trainerpath.web.ColourScheme;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The colour switch in every page's footer: plain links, so it works without JavaScript. It keeps the
 * choice in a cookie for a year ("system" removes it: the device decides again) and sends the visitor
 * back to the page they were on.
 */
@Controller
class ColourSchemeController {

	/**
	 * Longer return addresses are not worth carrying in every page's three switch links: the page then
	 * links back to its path alone. Every address the site's own forms make fits well within it.
	 */
	static final int MAXIMUM_RETURN_LENGTH = 300;

	/**
	 * A path on this site with an optional query, in URI characters only: it starts with one slash and
	 * not two (a backslash is no URI character), so a browser can only resolve it to this origin.
	 */
	private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@/?%-]*");

	/** A percent sign that does not start an escape such as %2F. */
	private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

	@GetMapping("/scheme")
	ResponseEntity<Void> choose(@RequestParam String set, @RequestParam(name = "return", required = false) String back,
			HttpServletRequest request) {
		ColourScheme scheme = ColourScheme.of(set);
		if (!scheme.value().equals(set)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown colour scheme");
		}
		ResponseCookie cookie = ResponseCookie.from(ColourScheme.COOKIE, scheme.value())
			.path("/")
			.maxAge(scheme == ColourScheme.SYSTEM ? Duration.ZERO : Duration.ofDays(365))
			.sameSite("Lax")
			.secure(request.isSecure())
			.httpOnly(true)
			.build();
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.SET_COOKIE, cookie.toString())
			.location(URI.create(sameSitePathOrHome(back)))
			.build();
	}

	/** The address to go back to, or the home page when it is missing, too long or could lead elsewhere. */
	static String sameSitePathOrHome(String back) {
		if (back == null || back.length() > MAXIMUM_RETURN_LENGTH || !PATH.matcher(back).matches()
				|| back.startsWith("//") || BROKEN_ESCAPE.matcher(back).find()) {
			return "/";
		}
		return back;
	}

}
