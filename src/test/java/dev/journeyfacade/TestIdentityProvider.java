package dev.journeyfacade;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A stand-in identity provider for tests: an RSA key made once per JVM, its public half
 * served as a JWK set by a WireMock server on 127.0.0.1 (never reset, so the facade's key
 * cache stays valid), and real signed access tokens shaped like Entra ID's ({@code iss},
 * {@code aud}, {@code scp}, {@code roles}).
 */
public final class TestIdentityProvider {

	public static final String ISSUER = "https://login.example.test/tenant-1/v2.0";

	public static final String AUDIENCE = "api://journey-facade";

	public static final String JWKS_PATH = "/discovery/v2.0/keys";

	private static final String DISCOVERABLE_PATH = "/tenant-2/v2.0";

	/**
	 * The facade's page-token key in tests outside the {@code local} profile (not an
	 * identity provider's, but a secret of the test setup all the same).
	 */
	public static final String PAGE_TOKEN_KEY = "test-page-token-key-of-32-characters";

	/** Every permission of the API, as delegated scopes. */
	public static final String ALL_SCOPES = "journeys.read journeys.write journeys.publish";

	private static final RSAKey KEY = generate("test-key");

	private static final RSAKey OTHER_KEY = generate("test-key"); // same key id,
																	// different key: a
																	// forgery

	private static final WireMockServer SERVER = start();

	private TestIdentityProvider() {
	}

	private static final String EVERY_PERMISSION_TOKEN = tokenWithScopes(ALL_SCOPES);

	/**
	 * Test configuration: every MockMvc request carries a valid token with every
	 * permission, unless it brings its own {@code Authorization} header or asks for
	 * {@link #withoutToken()}. Tests of features other than security then read as before
	 * security existed.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class CallerWithEveryPermission {

		@Bean
		MockMvcBuilderCustomizer bearerTokenByDefault() {
			return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
				if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
					request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + EVERY_PERMISSION_TOKEN);
				}
				return request;
			}));
		}

	}

	/**
	 * A MockMvc request without any token (it runs after the default one of
	 * {@link CallerWithEveryPermission}).
	 */
	public static RequestPostProcessor withoutToken() {
		return request -> {
			request.removeHeader(HttpHeaders.AUTHORIZATION);
			return request;
		};
	}

	/** Points the facade's {@code auth.*} settings at this identity provider. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("auth.issuer-uri", () -> ISSUER);
		registry.add("auth.jwk-set-uri", TestIdentityProvider::jwkSetUri);
		registry.add("auth.audience", () -> AUDIENCE);
	}

	public static String jwkSetUri() {
		return SERVER.baseUrl() + JWKS_PATH;
	}

	/**
	 * An issuer served by this identity provider, with its OpenID configuration (for
	 * discovery).
	 */
	public static String discoverableIssuer() {
		return SERVER.baseUrl() + DISCOVERABLE_PATH;
	}

	/**
	 * A valid token (issued now, valid for an hour) with these space-separated delegated
	 * scopes.
	 */
	public static String tokenWithScopes(String scopes) {
		return token(claims -> claims.claim("scp", scopes));
	}

	/**
	 * A valid token with these app roles (an application permission, as for a daemon
	 * caller).
	 */
	public static String tokenWithRoles(String... roles) {
		return token(claims -> claims.claim("roles", List.of(roles)));
	}

	/** A token with valid defaults that the given function may change. */
	public static String token(UnaryOperator<JWTClaimsSet.Builder> change) {
		return sign(KEY, change.apply(defaults()).build());
	}

	/**
	 * A token valid in every claim but signed with a key the identity provider never
	 * published.
	 */
	public static String forgedToken(String scopes) {
		return sign(OTHER_KEY, defaults().claim("scp", scopes).build());
	}

	/**
	 * Valid claims: issuer, audience, subject, issued a minute ago, expiring in an hour.
	 */
	public static JWTClaimsSet.Builder defaults() {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject("user-" + UUID.randomUUID())
			.issueTime(Date.from(now.minus(Duration.ofMinutes(1))))
			.notBeforeTime(Date.from(now.minus(Duration.ofMinutes(1))))
			.expirationTime(Date.from(now.plus(Duration.ofHours(1))));
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	private static RSAKey generate(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(
				WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		server.stubFor(get(urlPathEqualTo(JWKS_PATH)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(new JWKSet(KEY.toPublicJWK()).toString())));
		server.stubFor(get(urlPathEqualTo(DISCOVERABLE_PATH + "/.well-known/openid-configuration"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"issuer\": \"" + server.baseUrl() + DISCOVERABLE_PATH + "\", \"jwks_uri\": \""
						+ server.baseUrl() + JWKS_PATH + "\", \"id_token_signing_alg_values_supported\": [\"RS256\"], "
						+ "\"subject_types_supported\": [\"pairwise\"], \"response_types_supported\": [\"code\"]}")));
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

}
