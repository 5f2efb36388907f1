package dev.journeyfacade.journey;

import dev.journeyfacade.web.ProblemType;
import java.util.UUID;
import org.springframework.web.ErrorResponseException;

/**
 * A create repeated with the same {@code Idempotency-Key} (or client-chosen id) but
 * another name: the key was used for a different journey, 409
 * {@code idempotency-key-reused} (ADR 5).
 */
public class IdempotencyKeyReused extends ErrorResponseException {

	IdempotencyKeyReused(UUID id, boolean byClientId) {
		super(ProblemType.IDEMPOTENCY_KEY_REUSED.status(),
				ProblemType.IDEMPOTENCY_KEY_REUSED.detail("Journey " + id + " already exists with another name: "
						+ (byClientId ? "this id" : "this Idempotency-Key")
						+ " was used for a different create. Use a new key (or id) for a new journey."),
				null);
	}

}
