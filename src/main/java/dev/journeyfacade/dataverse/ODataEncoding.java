package dev.journeyfacade.dataverse;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of query option values: everything but RFC 3986 unreserved characters
 * and a few readable delimiters.
 */
final class ODataEncoding {

	private ODataEncoding() {
	}

	static String encode(String value) {
		StringBuilder out = new StringBuilder(value.length() * 2);
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (isKept(c)) {
				out.append((char) c);
			}
			else {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

	// Unreserved (ALPHA DIGIT - . _ ~) plus ( ) , ' $ : which are legal in a query and
	// keep URLs in logs
	// readable. Everything that could end or split the option (& = # + % space) is
	// encoded.
	private static boolean isKept(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~' || c == '(' || c == ')' || c == ',' || c == '\'' || c == '$' || c == ':';
	}

}
