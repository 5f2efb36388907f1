package dev.journeyfacade.web;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} with its header and parameter-name checks
 * written as a loop over the characters instead of a regular expression: the same
 * characters are refused (unassigned code points and control characters; a tab is allowed
 * in a header value).
 *
 * <p>
 * Why: the firewall checks a header each time anything reads it, and the bearer token
 * (1.5–2.5 KB from Entra ID) is read several times per request.
 * {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} costs a few character-class lambdas per
 * character (spring-security PR #8644 noted that cost when the check was added);
 * printable ASCII, nearly all of any real header, needs one comparison here.
 */
final class HeaderFirewall {

	private HeaderFirewall() {
	}

	/**
	 * A strict firewall (every default of {@link StrictHttpFirewall}) with the cheaper
	 * character checks.
	 */
	static StrictHttpFirewall strict() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(HeaderFirewall::allowedName);
		firewall.setAllowedHeaderValues(HeaderFirewall::allowedValue);
		firewall.setAllowedParameterNames(HeaderFirewall::allowedName);
		return firewall;
	}

	/**
	 * {@link StrictHttpFirewall#ALLOWED_HEADER_NAMES}: every code point assigned and not
	 * a control character.
	 */
	static boolean allowedName(String name) {
		return allowed(name, false);
	}

	/**
	 * {@link StrictHttpFirewall#ALLOWED_HEADER_VALUES}: the same, except that a tab is
	 * allowed.
	 */
	static boolean allowedValue(String value) {
		return allowed(value, true);
	}

	private static boolean allowed(String text, boolean tabAllowed) {
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x7f) { // printable ASCII: assigned, no control
											// character
				i++;
				continue;
			}
			// As java.util.regex reads the string: by code point, a lone surrogate
			// standing for itself.
			int codePoint = text.codePointAt(i);
			if (!(tabAllowed && codePoint == '\t')) {
				int type = Character.getType(codePoint); // what \p{IsAssigned} and
															// \p{IsControl} test
				if (type == Character.UNASSIGNED || type == Character.CONTROL) {
					return false;
				}
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
