package dev.journeyfacade.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The key selector converts each JWK once, yet selects keys as Nimbus' own does: the JWK
 * source is asked on every token, so a new key id still fetches the key set again, and a
 * key id reused for another key gets that key. The decoder tests build the facade's own
 * decoder ({@link SecurityConfiguration#jwtDecoder}) against a JWK set served by
 * WireMock.
 */
class CachingJwsKeySelectorTest {

	private static final String ISSUER = "https://login.example.test/tenant-1/v2.0";

	private static final String AUDIENCE = "api://journey-facade";

	private static final String JWKS = "/keys";

	private final RSAKey first = key("key-1");

	private final RSAKey second = key("key-2");

	private WireMockServer identityProvider;

	@BeforeEach
	void start() {
		identityProvider = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		identityProvider.start();
	}

	@AfterEach
	void stop() {
		identityProvider.stop();
	}

	@Test
	void convertsTheKeyOfAJwkOnce() throws Exception {
		AtomicInteger asked = new AtomicInteger();
		CachingJwsKeySelector selector = selector(new AtomicReference<>(new JWKSet(first.toPublicJWK())), asked);

		List<Key> once = selector.selectJWSKeys(header(first), null);
		List<Key> again = selector.selectJWSKeys(header(first), null);

		assertThat(once).singleElement().isEqualTo(first.toPublicKey());
		assertThat(again).singleElement().isSameAs(once.get(0));
		assertThat(asked).hasValue(2); // the key source is still consulted on every token
	}

	@Test
	void aKeyIdReusedForAnotherKeyGetsThatKey() throws Exception {
		AtomicReference<JWKSet> published = new AtomicReference<>(new JWKSet(first.toPublicJWK()));
		CachingJwsKeySelector selector = selector(published, new AtomicInteger());
		selector.selectJWSKeys(header(first), null);
		RSAKey replacement = key("key-1");

		published.set(new JWKSet(replacement.toPublicJWK()));

		assertThat(selector.selectJWSKeys(header(replacement), null)).singleElement()
			.isEqualTo(replacement.toPublicKey());
	}

	@Test
	void selectsNoKeyForAnAlgorithmThatIsNotAllowed() throws Exception {
		CachingJwsKeySelector selector = selector(new AtomicReference<>(new JWKSet(first.toPublicJWK())),
				new AtomicInteger());

		assertThat(selector.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.RS512).keyID("key-1").build(), null))
			.isEmpty();
		assertThat(selector.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(), null))
			.isEmpty();
	}

	@Test
	void neverHandsOutAPrivateKey() throws Exception {
		CachingJwsKeySelector selector = selector(new AtomicReference<>(new JWKSet(first)), new AtomicInteger());

		assertThat(selector.selectJWSKeys(header(first), null)).singleElement().isEqualTo(first.toPublicKey());
	}

	@Test
	void theDecoderAcceptsATokenOfANewKeyIdByFetchingTheKeySetAgain() throws Exception {
		publish(first);
		JwtDecoder decoder = decoder();
		assertThat(decoder.decode(token(first)).getSubject()).isEqualTo("caller");

		publish(first, second); // the identity provider rotates: a new signing key
								// appears

		assertThat(decoder.decode(token(second)).getSubject()).isEqualTo("caller");
		identityProvider.verify(2, getRequestedFor(urlPathEqualTo(JWKS)));
	}

	@Test
	void theDecoderFetchesTheKeySetOnceForManyTokensOfAKnownKey() throws Exception {
		publish(first);
		JwtDecoder decoder = decoder();

		for (int i = 0; i < 20; i++) {
			decoder.decode(token(first));
		}

		identityProvider.verify(1, getRequestedFor(urlPathEqualTo(JWKS)));
	}

	@Test
	void theDecoderStillRefusesATokenSignedWithAnUnpublishedKeyUnderAKnownKeyId() throws Exception {
		publish(first);
		JwtDecoder decoder = decoder();
		decoder.decode(token(first));
		String forged = token(key("key-1"));

		assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
	}

	private CachingJwsKeySelector selector(AtomicReference<JWKSet> published, AtomicInteger asked) {
		JWKSource<SecurityContext> source = (selector, context) -> {
			asked.incrementAndGet();
			return selector.select(published.get());
		};
		return new CachingJwsKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, source));
	}

	private JwtDecoder decoder() {
		AuthProperties auth = new AuthProperties(true, URI.create(ISSUER),
				URI.create(identityProvider.baseUrl() + JWKS), List.of(AUDIENCE), "scp", "roles",
				new AuthProperties.Cors(List.of(), Duration.ofHours(1)), new AuthProperties.SwaggerUi(null, null, ""),
				null);
		return new SecurityConfiguration().jwtDecoder(auth, new MockEnvironment());
	}

	private void publish(RSAKey... keys) {
		String set = new JWKSet(List.<JWK>of(keys).stream().map(JWK::toPublicJWK).toList()).toString();
		identityProvider.stubFor(get(urlPathEqualTo(JWKS))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(set)));
	}

	private static JWSHeader header(RSAKey key) {
		return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build();
	}

	private static String token(RSAKey key) throws JOSEException {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject("caller")
			.claim("scp", "journeys.read")
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofHours(1))))
			.build();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
				claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static RSAKey key(String id) {
		try {
			return new RSAKeyGenerator(2048).keyID(id).generate();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

}
