package dev.dataverseemulator.odata;

import java.util.regex.Pattern;

/**
 * The SQL {@code LIKE} semantics Dataverse gives {@code contains}, {@code startswith} and
 * {@code endswith}: {@code %} is any run of characters, {@code _} any one character,
 * {@code […]} a character class (so {@code [%]}, {@code [_]} and {@code [[]} are the
 * literal characters), and the match ignores case.
 */
public final class LikePattern {

	private final String like;

	private final Pattern regex;

	private LikePattern(String like) {
		this.like = like;
		this.regex = Pattern.compile(toRegex(like), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
	}

	/** A LIKE pattern matched against the whole value. */
	public static LikePattern of(String like) {
		return new LikePattern(like);
	}

	public boolean matches(String value) {
		return value != null && regex.matcher(value).matches();
	}

	@Override
	public String toString() {
		return like;
	}

	private static String toRegex(String like) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < like.length()) {
			char c = like.charAt(i);
			if (c == '%') {
				out.append(".*");
			}
			else if (c == '_') {
				out.append('.');
			}
			else if (c == '[') {
				int close = like.indexOf(']', i + 2); // "[]" is not a class; "[]]" would
														// be one holding ']'
				if (close < 0) {
					out.append(Pattern.quote("["));
				}
				else {
					out.append(charClass(like.substring(i + 1, close)));
					i = close;
				}
			}
			else {
				out.append(Pattern.quote(String.valueOf(c)));
			}
			i++;
		}
		return out.toString();
	}

	private static String charClass(String body) {
		StringBuilder out = new StringBuilder("[");
		int start = 0;
		if (body.length() > 1 && body.charAt(0) == '^') {
			out.append('^');
			start = 1;
		}
		for (int i = start; i < body.length(); i++) {
			char c = body.charAt(i);
			boolean range = c == '-' && i > start && i < body.length() - 1;
			if (range) {
				out.append('-');
			}
			else if (Character.isLetterOrDigit(c)) {
				out.append(c);
			}
			else {
				out.append('\\').append(c);
			}
		}
		return out.append(']').toString();
	}

}
