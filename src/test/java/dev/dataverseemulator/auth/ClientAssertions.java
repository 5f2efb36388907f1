package dev.dataverseemulator.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dataverseemulator.EmulatorProperties;
import java.security.Key;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a {@code client_assertion} of the jwt-bearer type against the application's
 * federated identity credentials, as Entra ID does for workload identity federation
 * (learn.microsoft.com/entra/workload-id/workload-identity-federation): a signed JWT,
 * within its validity ({@code exp}, {@code nbf}), whose {@code iss} and {@code sub} equal
 * a credential's issuer and subject exactly and whose {@code aud} holds one of that
 * credential's audiences. Entra ID then verifies the signature with the keys the issuer
 * publishes; the emulator does so when the credential carries them ({@code jwks}), and
 * otherwise trusts the signature. The error codes and texts are Entra ID's (AADSTS50027,
 * 700024, 700211, 700212, 700213, 700027); the wording of 700027 is the emulator's.
 */
@Component
class ClientAssertions {

	static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

	private final List<EmulatorProperties.FederatedCredential> credentials;

	private final Clock clock;

	ClientAssertions(EmulatorProperties properties, Clock clock) {
		this.credentials = properties.federatedCredentials();
		this.clock = clock;
	}

	/** Why Entra ID would refuse an assertion. */
	record Refusal(HttpStatus status, String error, int code, String description) {
	}

	/** Empty when the assertion is accepted. */
	Optional<Refusal> check(String assertion) {
		SignedJWT jwt;
		JWTClaimsSet claims;
		try {
			jwt = SignedJWT.parse(assertion);
			claims = jwt.getJWTClaimsSet();
		}
		catch (ParseException e) {
			return refuse(HttpStatus.BAD_REQUEST, "invalid_request", 50027, "JWT token is invalid or malformed.");
		}
		Instant now = clock.instant();
		Date expiry = claims.getExpirationTime();
		Date notBefore = claims.getNotBeforeTime();
		if (expiry == null || !expiry.toInstant().isAfter(now)
				|| (notBefore != null && notBefore.toInstant().isAfter(now))) {
			return refuse(HttpStatus.UNAUTHORIZED, "invalid_client", 700024,
					"Client assertion is not within its valid time" + " range. Current time: " + now
							+ ", assertion valid from " + (notBefore == null ? "-" : notBefore.toInstant())
							+ ", expiry time of assertion " + (expiry == null ? "-" : expiry.toInstant()) + ".");
		}
		String issuer = claims.getIssuer();
		List<EmulatorProperties.FederatedCredential> byIssuer = credentials.stream()
			.filter(c -> c.issuer().equals(issuer))
			.toList();
		if (byIssuer.isEmpty()) {
			return noMatch(700211, "issuer", issuer);
		}
		String subject = claims.getSubject();
		List<EmulatorProperties.FederatedCredential> bySubject = byIssuer.stream()
			.filter(c -> c.subject().equals(subject))
			.toList();
		if (bySubject.isEmpty()) {
			return noMatch(700213, "subject", subject);
		}
		List<String> audiences = claims.getAudience();
		Optional<EmulatorProperties.FederatedCredential> match = bySubject.stream()
			.filter(c -> c.audiences().stream().anyMatch(audiences::contains))
			.findFirst();
		if (match.isEmpty()) {
			return noMatch(700212, "audience", String.join(",", audiences));
		}
		String jwks = match.get().jwks();
		if (jwks != null && !jwks.isBlank() && !verifies(jwt, jwks)) {
			return refuse(HttpStatus.UNAUTHORIZED, "invalid_client", 700027,
					"Client assertion failed signature validation.");
		}
		return Optional.empty();
	}

	private static boolean verifies(SignedJWT jwt, String jwks) {
		try {
			for (JWK key : JWKSet.parse(jwks).getKeys()) {
				String kid = jwt.getHeader().getKeyID();
				if ((kid == null || kid.equals(key.getKeyID())) && key instanceof AsymmetricJWK asymmetric) {
					Key publicKey = asymmetric.toPublicKey();
					JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(jwt.getHeader(),
							publicKey);
					if (jwt.verify(verifier)) {
						return true;
					}
				}
			}
			return false;
		}
		catch (ParseException | JOSEException e) {
			return false;
		}
	}

	private static Optional<Refusal> noMatch(int code, String claim, String value) {
		return refuse(HttpStatus.UNAUTHORIZED, "invalid_client", code,
				"No matching federated identity record found for" + " presented assertion " + claim + " '" + value
						+ "'. Check your federated identity credential Subject,"
						+ " Audience and Issuer against the presented assertion."
						+ " https://learn.microsoft.com/entra/workload-id/workload-identity-federation");
	}

	private static Optional<Refusal> refuse(HttpStatus status, String error, int code, String description) {
		return Optional.of(new Refusal(status, error, code, description));
	}

}
