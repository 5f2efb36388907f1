package dev.journeyfacade.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A {@link JwtDecoder} that parses and verifies the signature of each distinct token once
 * and checks its claims on every request. A frontend sends the same access token for up
 * to an hour; parsing 2 KB of JSON and checking an RSA signature again each time was a
 * fifth of a GET's CPU (docs/benchmarks/findings.md). The claims checks (expiry and
 * not-before with their clock skew, issuer, audience, type) run on every use exactly as
 * on the first, so a token that expires while cached is refused. An entry lives at most
 * {@link #MAX_AGE}, the time Spring Security caches a JWK set, so a token whose signing
 * key was withdrawn stops being accepted as soon as it would without this cache. Only
 * tokens that passed are kept (a refused one is decoded again each time), the key is the
 * whole token, and the cache is bounded.
 */
final class VerifiedTokenCache implements JwtDecoder {

	/** Spring Security's default JWK set cache time. */
	static final Duration MAX_AGE = Duration.ofMinutes(5);

	/** About 10 MB at the size of an Entra ID access token and its claims. */
	static final int MAX_ENTRIES = 2048;

	private record Entry(Jwt jwt, Instant until) {
	}

	private final JwtDecoder decoder;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Clock clock;

	private final Map<String, Entry> verified = new ConcurrentHashMap<>();

	/**
	 * @param decoder parses, verifies and validates a token it has not seen
	 * @param validator the same claims checks {@code decoder} applies
	 */
	VerifiedTokenCache(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, Clock clock) {
		this.decoder = decoder;
		this.validator = validator;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Instant now = clock.instant();
		Entry entry = verified.get(token);
		if (entry != null && now.isBefore(entry.until())) {
			return validated(entry.jwt());
		}
		Jwt jwt = decoder.decode(token);
		remember(token, jwt, now);
		return jwt;
	}

	int size() {
		return verified.size();
	}

	private Jwt validated(Jwt jwt) {
		OAuth2TokenValidatorResult result = validator.validate(jwt);
		if (result.hasErrors()) {
			// Worded as NimbusJwtDecoder words a refused claim.
			String description = result.getErrors().iterator().next().getDescription();
			throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + description,
					result.getErrors());
		}
		return jwt;
	}

	private void remember(String token, Jwt jwt, Instant now) {
		Instant until = now.plus(MAX_AGE);
		if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
			until = jwt.getExpiresAt();
		}
		if (verified.size() >= MAX_ENTRIES) {
			verified.values().removeIf(old -> !now.isBefore(old.until()));
			if (verified.size() >= MAX_ENTRIES) {
				verified.clear(); // more live tokens than the bound: start again
			}
		}
		verified.put(token, new Entry(jwt, until));
	}

}
