package dev.journeyfacade.web;

import dev.journeyfacade.dataverse.DataverseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import lombok.extern.slf4j.Slf4j;

/**
 * Dataverse refusing this service to act on behalf of users ({@code 0x8004A110}) is a
 * set-up fault operators must fix, and every request of every caller meets it: ERROR once
 * per interval, DEBUG in between, so the log says it without drowning in it.
 */
@Slf4j
final class ImpersonationFaultLog {

	static final Duration INTERVAL = Duration.ofMinutes(1);

	private final Clock clock;

	private final AtomicReference<Instant> next = new AtomicReference<>(Instant.MIN);

	ImpersonationFaultLog(Clock clock) {
		this.clock = clock;
	}

	void refused(DataverseException e) {
		Instant now = clock.instant();
		Instant due = next.get();
		if (!now.isBefore(due) && next.compareAndSet(due, now.plus(INTERVAL))) {
			log.error("Dataverse refuses to let this service's application user act on behalf of users ({}, "
					+ "x-ms-service-request-id {}): grant it the privilege prvActOnBehalfOfAnotherUser (e.g. the "
					+ "Delegate security role), or set dataverse.impersonation.mode=off. Every impersonated call "
					+ "fails with 502 until then; this is logged once per {} s.", e.code(),
					e.serviceRequestId().orElse("none"), INTERVAL.toSeconds());
		}
		else {
			log.debug("Dataverse refused impersonation again ({})", e.code());
		}
	}

}
