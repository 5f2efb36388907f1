package dev.journeyfacade.dataverse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
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
 * The key is derived from the client secret, which every replica shares, so a token
 * issued by one pod is accepted by the others; rotating the secret invalidates open page
 * tokens, which is acceptable.
 */
final class ContinuationCodec {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final String apiBaseUrl;

	private final SecretKeySpec key;

	ContinuationCodec(String apiBaseUrl, String secret) {
		this.apiBaseUrl = apiBaseUrl;
		try {
			byte[] material = MessageDigest.getInstance("SHA-256")
				.digest(("dataverse-continuation:" + secret).getBytes(StandardCharsets.UTF_8));
			this.key = new SecretKeySpec(material, "HmacSHA256");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}

	String encode(String entitySet, String nextLink) {
		String link = ENCODER.encodeToString(nextLink.getBytes(StandardCharsets.UTF_8));
		return link + "." + ENCODER.encodeToString(sign(entitySet, nextLink));
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
		if (!MessageDigest.isEqual(signature, sign(entitySet, nextLink))) {
			throw new InvalidContinuationException("The page token was not issued by this service for this list.");
		}
		if (!nextLink.startsWith(apiBaseUrl + "/" + entitySet + "?")) {
			// Signed by us but for another Dataverse URL (configuration changed): refuse
			// as well.
			throw new InvalidContinuationException("The page token belongs to another Dataverse environment.");
		}
		return nextLink;
	}

	private byte[] sign(String entitySet, String nextLink) {
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
