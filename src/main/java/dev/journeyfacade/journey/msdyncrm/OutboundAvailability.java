package dev.journeyfacade.journey.msdyncrm;

import dev.journeyfacade.dataverse.DataverseException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * Whether the environment has outbound marketing: a cheap read of one journey id, at
 * start-up (on a thread of its own, so readiness never waits for it) and then every
 * {@code probeInterval}, and at once whenever an outbound call meets Dataverse's 404 for
 * an unknown entity set or action. Only that 404 ({@code 0x8006088a}) for the entity set
 * says that outbound marketing is gone; a 200 says it is there; every other failure (a
 * 404 without that code — a wrong {@code DATAVERSE_URL}, a proxy's page —, 429, 5xx,
 * timeouts, no token) leaves the state as it was, the bare 404 with a warning. Each
 * change is logged once at INFO; the state is also the gauge
 * {@code journey.outbound.available}. Nothing is kept but the state: every instance finds
 * out for itself (ADR 11).
 */
@Slf4j
final class OutboundAvailability implements SmartLifecycle {

	/** What the probes have found so far. */
	enum State {

		/** No probe has answered yet: the endpoints call Dataverse as usual. */
		UNKNOWN,
		/** The entity set answered. */
		AVAILABLE,
		/** The entity set is unknown to Dataverse: outbound marketing is gone. */
		UNAVAILABLE

	}

	private final Runnable probe;

	private final Duration interval;

	private final AtomicReference<State> state = new AtomicReference<>(State.UNKNOWN);

	private @Nullable ScheduledExecutorService scheduler; // guarded by this

	/**
	 * @param probe the cheap read; throws {@link DataverseException} when it fails
	 * @param interval time between probes; zero = only {@link #probe()} calls probe
	 */
	OutboundAvailability(Runnable probe, Duration interval) {
		this.probe = probe;
		this.interval = interval;
	}

	/** Probes once, now, and updates the state. */
	void probe() {
		try {
			probe.run();
			change(State.AVAILABLE);
		}
		catch (DataverseException e) {
			if (e.isUnknownResource()) {
				change(State.UNAVAILABLE);
			}
			else if (e.is(404)) {
				log.warn(
						"outbound-marketing probe: the journey table answered 404 without Dataverse's code for an "
								+ "unknown table ({}; code '{}'), so it is not taken as outbound marketing gone: check "
								+ "DATAVERSE_URL and any proxy before it. The state stays {}",
						DataverseException.UNKNOWN_RESOURCE, e.code(), state.get());
			}
			else {
				log.debug("outbound-marketing probe failed ({}, status {}): the state stays {}", e.kind(), e.status(),
						state.get());
			}
		}
		catch (RuntimeException e) {
			log.warn("outbound-marketing probe failed unexpectedly: the state stays {}", state.get(), e);
		}
	}

	State state() {
		return state.get();
	}

	/**
	 * An outbound call met Dataverse's 404 for an entity set or action it does not know:
	 * probes now (unless the state already says gone), so that the journey table decides,
	 * and answers what the caller is told.
	 */
	OutboundMarketingUnavailable unknownResourceMet() {
		if (state.get() != State.UNAVAILABLE) {
			probe();
		}
		return state.get() == State.UNAVAILABLE ? new OutboundMarketingUnavailable()
				: OutboundMarketingUnavailable.partly();
	}

	/**
	 * @throws OutboundMarketingUnavailable when the last probe that answered found no
	 * outbound marketing
	 */
	void requireAvailable() {
		if (state.get() == State.UNAVAILABLE) {
			throw new OutboundMarketingUnavailable();
		}
	}

	/** The gauge: 1 available, 0 unavailable, NaN before any probe answered. */
	double gauge() {
		return switch (state.get()) {
			case AVAILABLE -> 1;
			case UNAVAILABLE -> 0;
			case UNKNOWN -> Double.NaN;
		};
	}

	private void change(State found) {
		State before = state.getAndSet(found);
		if (before == found) {
			return;
		}
		if (found == State.AVAILABLE) {
			log.info("Outbound marketing is available in this Dataverse environment (msdyncrm_customerjourneys "
					+ "answers): the outbound journey endpoints are served");
		}
		else {
			log.info("Outbound marketing is not available in this Dataverse environment (msdyncrm_customerjourneys "
					+ "answers 404 {}; Microsoft removed outbound marketing during 2026): the outbound journey endpoints "
					+ "answer 503 outbound-marketing-unavailable", DataverseException.UNKNOWN_RESOURCE);
		}
	}

	@Override
	public synchronized void start() {
		if (scheduler != null || interval.isZero()) {
			return;
		}
		scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "outbound-marketing-probe");
			thread.setDaemon(true);
			return thread;
		});
		scheduler.scheduleWithFixedDelay(this::probe, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.shutdownNow();
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

}
