package dev.dataverseemulator.auth;

import dev.dataverseemulator.EmulatorProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Issues opaque bearer tokens for the one application user the emulator knows, and
 * recognises them until they expire (by the injected clock).
 */
@Service
public class TokenService {

	private static final int PURGE_THRESHOLD = 10_000;

	private final EmulatorProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

	public TokenService(EmulatorProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	private record Issued(String clientId, Instant expiresAt) {
	}

	/**
	 * A new token; the caller has checked the credentials with {@link #credentialsMatch}.
	 */
	public IssuedToken issue(String clientId) {
		Instant now = clock.instant();
		if (tokens.size() > PURGE_THRESHOLD) {
			tokens.values().removeIf(t -> !t.expiresAt().isAfter(now));
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long lifetime = properties.tokenLifetime().toSeconds();
		tokens.put(token, new Issued(clientId, now.plusSeconds(lifetime)));
		return new IssuedToken(token, lifetime);
	}

	/** The token and its lifetime in seconds ({@code expires_in}). */
	public record IssuedToken(String accessToken, long expiresIn) {
	}

	public boolean tenantMatches(String tenant) {
		return properties.tenantId().equalsIgnoreCase(tenant);
	}

	public boolean clientKnown(String clientId) {
		return properties.clientId().equals(clientId);
	}

	/**
	 * Constant-time comparison: the emulator should not teach timing attacks by example.
	 */
	public boolean credentialsMatch(String clientId, String clientSecret) {
		return clientKnown(clientId)
				&& MessageDigest.isEqual(properties.clientSecret().getBytes(StandardCharsets.UTF_8),
						clientSecret == null ? new byte[0] : clientSecret.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The client id behind an {@code Authorization: Bearer …} header; empty when missing,
	 * unknown or expired.
	 */
	public Optional<String> authenticate(String authorization) {
		if (authorization == null || authorization.length() < 8
				|| !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Optional.empty();
		}
		String token = authorization.substring(7).trim();
		Issued issued = tokens.get(token);
		if (issued == null) {
			return Optional.empty();
		}
		if (!issued.expiresAt().isAfter(clock.instant())) {
			tokens.remove(token);
			return Optional.empty();
		}
		return Optional.of(issued.clientId());
	}

}
