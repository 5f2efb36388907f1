package dev.journeyfacade.dataverse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Turns Dataverse's {@code @odata.nextLink} into an opaque continuation token and back.
 * The token is signed (HMAC-SHA256 over entity set and link) and, on the way back, the
 * link must also start with this service's own Dataverse URL and entity set: a forged
 * token can neither point the service at another host nor widen the query (say, an
 * {@code $expand} into other tables).
 *
 * <p>
 * The keys are {@code journey.page-token.keys} ({@link PageTokenProperties}), shared by
 * every replica so a token issued by one pod is accepted by the others: a token is signed
 * with the first key and accepted when any of them signed it, so keys rotate without
 * breaking the pages in flight (ADR 14).
 */
final class ContinuationCodec {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final String apiBaseUrl;

	/** Newest first: the first signs, every one verifies. */
	private final List<SecretKeySpec> keys;

	ContinuationCodec(String apiBaseUrl, List<byte[]> keys) {
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("at least one page-token key is needed");
		}
		this.apiBaseUrl = apiBaseUrl;
		this.keys = keys.stream().map(key -> new SecretKeySpec(key, "HmacSHA256")).toList();
	}

	String encode(String entitySet, String nextLink) {
		String link = ENCODER.encodeToString(nextLink.getBytes(StandardCharsets.UTF_8));
		return link + "." + ENCODER.encodeToString(sign(keys.get(0), entitySet, nextLink));
	}

	/**
	 * The next link the token stands for; {@link InvalidContinuationException} if it was
	 * not issued for that set.
	 */
	String decode(String entitySet, @Nullable String token) {
		// how long a token may be is the API's limit, checked before it gets here
		if (token == null) {
			throw new InvalidContinuationException("The page token is missing.");
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot != token.lastIndexOf('.')) {
			throw new InvalidContinuationException("The page token is malformed.");
		}
		String nextLink;
		byte[] signature;
		try {
			nextLink = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
			signature = DECODER.decode(token.substring(dot + 1));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidContinuationException("The page token is malformed.");
		}
		if (!signedByAnyKey(signature, entitySet, nextLink)) {
			throw new InvalidContinuationException("The page token was not issued by this service for this list.");
		}
		if (!nextLink.startsWith(apiBaseUrl + "/" + entitySet + "?")) {
			// Signed by us but for another Dataverse URL (configuration changed): refuse
			// as well.
			throw new InvalidContinuationException("The page token belongs to another Dataverse environment.");
		}
		return nextLink;
	}

	private boolean signedByAnyKey(byte[] signature, String entitySet, String nextLink) {
		for (SecretKeySpec key : keys) {
			if (MessageDigest.isEqual(signature, sign(key, entitySet, nextLink))) {
				return true;
			}
		}
		return false;
	}

	private static byte[] sign(SecretKeySpec key, String entitySet, String nextLink) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal((entitySet + "\n" + nextLink).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

}
