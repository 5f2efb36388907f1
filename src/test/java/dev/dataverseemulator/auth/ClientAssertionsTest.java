package dev.dataverseemulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.dataverseemulator.EmulatorProperties;
import dev.testsupport.MutableClock;
import dev.dataverseemulator.WorkloadTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A federated credential with the issuer's keys: the assertion's signature must verify
 * with one of them.
 */
class ClientAssertionsTest {

	private static final RSAKey ISSUER_KEY = WorkloadTokens.key("issuer-key");

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	private ClientAssertions withIssuerKeys() {
		Map<String, String> settings = Map.of("emulator.federated-credentials[0].issuer", WorkloadTokens.ISSUER,
				"emulator.federated-credentials[0].subject", WorkloadTokens.SUBJECT,
				"emulator.federated-credentials[0].jwks", new JWKSet(ISSUER_KEY.toPublicJWK()).toString());
		EmulatorProperties properties = new Binder(new MapConfigurationPropertySource(settings))
			.bindOrCreate("emulator", EmulatorProperties.class);
		return new ClientAssertions(properties, clock);
	}

	private String signedBy(RSAKey key) {
		return WorkloadTokens.assertion(key, WorkloadTokens.ISSUER, WorkloadTokens.SUBJECT, WorkloadTokens.AUDIENCE,
				clock.instant().plus(Duration.ofHours(1)));
	}

	@Test
	void acceptsAnAssertionSignedWithTheIssuersKey() {
		assertThat(withIssuerKeys().check(signedBy(ISSUER_KEY))).isEmpty();
	}

	@Test
	void refusesAnAssertionSignedWithAnotherKey() {
		RSAKey forged = WorkloadTokens.key("issuer-key"); // same key id, other key

		assertThat(withIssuerKeys().check(signedBy(forged)))
			.hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo(700027));
	}

}
