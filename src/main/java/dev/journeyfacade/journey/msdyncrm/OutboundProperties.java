package dev.journeyfacade.journey.msdyncrm;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the outbound-marketing backend ({@code journey.outbound.*}).
 *
 * @param enabled whether this deployment serves outbound journeys; switched off, their
 * endpoints answer 501 {@code journey-backend-disabled} and nothing is probed
 * @param probeInterval how often the backend checks that the environment still has
 * outbound marketing (the first check runs at start-up, off its critical path); 0 = never
 * (the endpoints then always call Dataverse)
 */
@Validated
@ConfigurationProperties("journey.outbound")
public record OutboundProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("1m") @NotNull Duration probeInterval) {

	public OutboundProperties {
		if (probeInterval != null && probeInterval.isNegative()) {
			throw new IllegalArgumentException(
					"journey.outbound.probe-interval must not be negative, was " + probeInterval);
		}
	}
}
