package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;

class VerifiedTokenCacheTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private static final String ISSUER = "https://login.microsoftonline.com/tenant/v2.0";

	private final MutableClock clock = new MutableClock(NOW);

	private final List<String> decoded = new ArrayList<>();

	private Instant expiresAt = NOW.plus(Duration.ofHours(1));

	/**
	 * Stands for NimbusJwtDecoder: counts the full decodes, refuses "forged", applies the
	 * claims checks.
	 */
	private final JwtDecoder verifying = token -> {
		decoded.add(token);
		if (token.equals("forged")) {
			throw new BadJwtException("Signed JWT rejected: Invalid signature");
		}
		Jwt jwt = Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.issuer(ISSUER)
			.subject("marketer")
			.issuedAt(NOW)
			.expiresAt(expiresAt)
			.build();
		OAuth2TokenValidatorResult result = validator().validate(jwt);
		if (result.hasErrors()) {
			throw new JwtValidationException(result.getErrors().iterator().next().getDescription(), result.getErrors());
		}
		return jwt;
	};

	private final VerifiedTokenCache cache = new VerifiedTokenCache(verifying, validator(), clock);

	private OAuth2TokenValidator<Jwt> validator() {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(60));
		timestamps.setClock(clock);
		return new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER));
	}

	@Test
	void aTokenSeenBeforeIsNotParsedAndVerifiedAgain() {
		Jwt first = cache.decode("token-a");

		Jwt again = cache.decode("token-a");

		assertThat(again).isSameAs(first);
		assertThat(decoded).containsExactly("token-a");
	}

	@Test
	void eachDistinctTokenIsVerifiedOnItsOwn() {
		cache.decode("token-a");
		cache.decode("token-b");

		assertThat(decoded).containsExactly("token-a", "token-b");
	}

	@Test
	void aTokenThatExpiredWhileCachedIsRefused() {
		expiresAt = NOW.plus(Duration.ofMinutes(2));
		cache.decode("token-a");
		clock.advance(Duration.ofMinutes(4)); // past expiry and the 60 s skew

		assertThatThrownBy(() -> cache.decode("token-a")).isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("expired");
	}

	@Test
	void theClaimsAreCheckedOnEveryUseNotOnlyTheFirst() {
		List<Jwt> checked = new ArrayList<>();
		VerifiedTokenCache counting = new VerifiedTokenCache(verifying, jwt -> {
			checked.add(jwt);
			return OAuth2TokenValidatorResult.success();
		}, clock);
		counting.decode("token-a");

		counting.decode("token-a");
		counting.decode("token-a");

		assertThat(checked).hasSize(2);
		assertThat(decoded).containsExactly("token-a");
	}

	@Test
	void aHitThatTheClaimsChecksRefuseIsRefusedAsNimbusRefusesIt() {
		VerifiedTokenCache refusing = new VerifiedTokenCache(verifying, jwt -> OAuth2TokenValidatorResult
			.failure(new OAuth2Error("invalid_token", "The iss claim is not valid", null)), clock);
		cache.decode("token-a");
		refusing.decode("token-a"); // the first use is the delegate's decision

		assertThatThrownBy(() -> refusing.decode("token-a")).isInstanceOf(JwtValidationException.class)
			.hasMessage("An error occurred while attempting to decode the Jwt: The iss claim is not valid");
	}

	@Test
	void aRefusedTokenIsNotRemembered() {
		assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

		assertThat(decoded).containsExactly("forged", "forged");
		assertThat(cache.size()).isZero();
	}

	@Test
	void aTokenIsVerifiedAgainOnceItsEntryIsAsOldAsAJwkSetCache() {
		cache.decode("token-a");
		clock.advance(VerifiedTokenCache.MAX_AGE);

		cache.decode("token-a");

		assertThat(decoded).containsExactly("token-a", "token-a");
	}

	@Test
	void theCacheNeverHoldsMoreThanItsBound() {
		for (int i = 0; i <= VerifiedTokenCache.MAX_ENTRIES + 10; i++) {
			cache.decode("token-" + i);
		}

		assertThat(cache.size()).isLessThanOrEqualTo(VerifiedTokenCache.MAX_ENTRIES);
	}

}
