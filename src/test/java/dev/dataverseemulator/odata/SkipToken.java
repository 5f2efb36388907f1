package dev.dataverseemulator.odata;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $skiptoken} of a next link, shaped like Dataverse's paging cookie
 * ({@code <cookie pagenumber="2" pagingcookie="…" istracking="False" />}) so that clients
 * meet the same characters that need encoding. Inside is the offset of the next page and
 * the fingerprint of its query.
 */
public final class SkipToken {

	private static final Pattern COOKIE = Pattern
		.compile("<cookie pagenumber=\"(\\d+)\" pagingcookie=\"([A-Za-z0-9_-]+)\" istracking=\"False\" />");

	private SkipToken() {
	}

	public static String encode(int offset, int pageNumber, String fingerprint) {
		String inner = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((offset + ":" + fingerprint).getBytes(StandardCharsets.UTF_8));
		return "<cookie pagenumber=\"" + pageNumber + "\" pagingcookie=\"" + inner + "\" istracking=\"False\" />";
	}

	/**
	 * The offset a token stands for; Dataverse's 400 when it is forged or belongs to
	 * another query.
	 */
	public static Position decode(String token, String fingerprint) {
		Matcher m = COOKIE.matcher(token);
		if (m.matches()) {
			try {
				String[] inner = new String(Base64.getUrlDecoder().decode(m.group(2)), StandardCharsets.UTF_8)
					.split(":", 2);
				int offset = Integer.parseInt(inner[0]);
				if (inner.length == 2 && inner[1].equals(fingerprint) && offset >= 0) {
					return new Position(offset, Integer.parseInt(m.group(1)));
				}
			}
			catch (IllegalArgumentException e) {
				// falls through to the error below
			}
		}
		throw DataverseError.badQuery("The $skiptoken is not valid for this query.");
	}

	/** Where a page starts and which page it is. */
	public record Position(int offset, int pageNumber) {
	}

}
