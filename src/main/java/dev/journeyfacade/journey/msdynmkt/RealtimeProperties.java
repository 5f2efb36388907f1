package dev.journeyfacade.journey.msdynmkt;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the real-time journey backend ({@code journey.realtime.*}).
 *
 * @param enabled whether this deployment serves real-time journeys; switched off, their
 * endpoints answer 501 {@code journey-backend-disabled}
 * @param idempotencyWindow how long after a create a repeat with the same Idempotency-Key
 * is still recognised (ADR 12): a journey of the same name created earlier is never taken
 * for the one the repeat asks for
 */
@Validated
@ConfigurationProperties("journey.realtime")
public record RealtimeProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("24h") @NotNull Duration idempotencyWindow) {

	public RealtimeProperties {
		if (idempotencyWindow != null && (idempotencyWindow.isNegative() || idempotencyWindow.isZero())) {
			throw new IllegalArgumentException(
					"journey.realtime.idempotency-window must be positive, was " + idempotencyWindow);
		}
	}
}
