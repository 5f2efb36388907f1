package dev.journeyfacade.dataverse;

import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The keys that sign the API's page tokens, bound from {@code journey.page-token.*}
 * (environment variable {@code JOURNEY_PAGE_TOKEN_KEYS}, comma-separated): a page token
 * is this client's continuation of a Dataverse list, so the client signs it, while the
 * setting belongs to the API whose callers hold the tokens. A secret of its own, shared
 * by every replica, so that the Dataverse credential can rotate (or be replaced by a
 * federated one) without breaking paging, and the keys can rotate without breaking the
 * pages in flight (ADR 14).
 *
 * @param keys newest first: tokens are signed with the first and accepted when any of
 * them signed it, so a new key is put in front and an old one dropped once the tokens it
 * signed are no longer wanted; each at least {@value #MIN_LENGTH} characters (e.g.
 * {@code openssl rand -base64 32})
 */
@Validated
@ConfigurationProperties("journey.page-token")
public record PageTokenProperties(@DefaultValue List<@Size(min = MIN_LENGTH,
		message = "must be at least " + MIN_LENGTH + " characters (JOURNEY_PAGE_TOKEN_KEYS)") String> keys) {

	/** The shortest key accepted: 256 bits of a base64 text. */
	public static final int MIN_LENGTH = 32;

	/**
	 * The keys as HMAC key material, newest first; refuses to go without one outside the
	 * {@code local} profile, naming the variable to set.
	 */
	List<byte[]> keyMaterial() {
		if (keys.isEmpty()) {
			throw new IllegalStateException("Page tokens have no key: set JOURNEY_PAGE_TOKEN_KEYS "
					+ "(journey.page-token.keys), one or more keys of at least " + MIN_LENGTH
					+ " characters, newest first, the same on every replica (e.g. openssl rand -base64 32)");
		}
		return keys.stream().map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
	}

	@Override
	public String toString() { // never print a key
		return "PageTokenProperties[keys=" + keys.size() + " × ****]";
	}

}
