package dev.dataverseemulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Client assertions as a workload's identity provider issues them (a Kubernetes service
 * account token, say).
 */
public final class WorkloadTokens {

	public static final String ISSUER = "https://oidc.emulator.invalid/journey-facade/";

	public static final String SUBJECT = "system:serviceaccount:default:journey-facade";

	public static final String AUDIENCE = "api://AzureADTokenExchange";

	private WorkloadTokens() {
	}

	/** A fresh signing key with the given key id. */
	public static RSAKey key(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A signed assertion with these claims, valid until {@code expiry}. */
	public static String assertion(RSAKey key, String issuer, String subject, String audience, Instant expiry) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer)
			.subject(subject)
			.audience(audience)
			.issueTime(Date.from(expiry.minusSeconds(3600)))
			.expirationTime(Date.from(expiry))
			.jwtID(UUID.randomUUID().toString())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
		return jwt.serialize();
	}

}
