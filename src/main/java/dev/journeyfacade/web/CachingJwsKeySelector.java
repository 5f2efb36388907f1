package dev.journeyfacade.web;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

/**
 * Nimbus' {@link JWSVerificationKeySelector} with the Java key of each JWK converted once
 * instead of on every token. Selection is unchanged: the algorithm must be allowed, and
 * the JWK source is asked for the keys matching the token's header every time, so a new
 * {@code kid} still makes it fetch the JWK set again and a key dropped from a refreshed
 * set is no longer used. Only the conversion of a JWK (Base64 decoding of the modulus
 * with Nimbus' constant-time codec, a {@code KeyFactory} lookup) is remembered, keyed by
 * the whole JWK: a {@code kid} reused for another key is a different entry.
 */
final class CachingJwsKeySelector implements JWSKeySelector<SecurityContext> {

	/**
	 * Far above any identity provider's key set (Entra ID publishes a handful); past it
	 * the cache starts over.
	 */
	private static final int MAX_KEYS = 64;

	private final JWSVerificationKeySelector<SecurityContext> selector;

	private final Map<JWK, List<Key>> converted = new ConcurrentHashMap<>();

	CachingJwsKeySelector(JWSVerificationKeySelector<SecurityContext> selector) {
		this.selector = selector;
	}

	/**
	 * Wraps the processor's key selector when it is Nimbus' usual one; any other is left
	 * as it is.
	 */
	static JWSKeySelector<SecurityContext> around(JWSKeySelector<SecurityContext> selector) {
		return selector instanceof JWSVerificationKeySelector<SecurityContext> verification
				? new CachingJwsKeySelector(verification) : selector;
	}

	@Override
	public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
		// As JWSVerificationKeySelector#selectJWSKeys, with the conversion cached.
		if (!selector.isAllowed(header.getAlgorithm())) {
			return List.of();
		}
		JWKMatcher matcher = JWKMatcher.forJWSHeader(header);
		if (matcher == null) {
			return List.of();
		}
		List<Key> keys = new ArrayList<>();
		for (JWK jwk : selector.getJWKSource().get(new JWKSelector(matcher), context)) {
			keys.addAll(converted(jwk));
		}
		return keys;
	}

	private List<Key> converted(JWK jwk) {
		List<Key> keys = converted.get(jwk);
		if (keys == null) {
			keys = KeyConverter.toJavaKeys(List.of(jwk))
				.stream()
				.filter(key -> key instanceof PublicKey || key instanceof SecretKey) // never
																						// a
																						// private
																						// key
				.toList();
			if (converted.size() >= MAX_KEYS) {
				converted.clear();
			}
			converted.put(jwk, keys);
		}
		return keys;
	}

}
