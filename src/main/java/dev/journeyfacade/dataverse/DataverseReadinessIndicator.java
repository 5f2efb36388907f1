package dev.journeyfacade.dataverse;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Readiness for Kubernetes: ready while an access token for Dataverse is at hand. Cheap
 * (no call on the probe's thread: a missing token is fetched in the background, single
 * flight, and the next probe sees the result) and deliberately blind to 429s — throttling
 * is handled by the client, and taking pods out of service would only move the load to
 * the others, which share the same per-user limit.
 */
final class DataverseReadinessIndicator implements HealthIndicator {

	private final DataverseTokenProvider tokens;

	DataverseReadinessIndicator(DataverseTokenProvider tokens) {
		this.tokens = tokens;
	}

	@Override
	public Health health() {
		if (tokens.hasValidToken()) {
			return Health.up().withDetail("token", "available").build();
		}
		tokens.fetchInBackgroundIfNeeded();
		return Health.down()
			.withDetail("token", tokens.lastFailure().map(why -> "unavailable: " + why).orElse("being fetched"))
			.build();
	}

}
