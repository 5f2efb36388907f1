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
 * {@code probeInterval}. Only Dataverse's 404 for the entity set says that outbound
 * marketing is gone (a collection read has no other 404); a 200 says it is there; every
 * other failure (429, 5xx, timeouts, no token) leaves the state as it was. Each change is
 * logged once at INFO; the state is also the gauge {@code journey.outbound.available}.
 * Nothing is kept but the state: every instance probes for itself.
 */
@Slf4j
final class OutboundAvailability implements SmartLifecycle {

	/** What the probes have found so far. */
	enum State {

		/** No probe has answered yet: the endpoints call Dataverse as usual. */
		UNKNOWN,
		/** The entity set answered. */
		AVAILABLE,
		/** The entity set answered 404: outbound marketing is gone. */
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
			if (e.is(404)) {
				change(State.UNAVAILABLE);
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
					+ "answers 404; Microsoft removed outbound marketing during 2026): the outbound journey endpoints "
					+ "answer 503 outbound-marketing-unavailable");
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
