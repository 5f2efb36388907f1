package dev.journeyfacade.dataverse;

import io.micrometer.core.instrument.observation.MeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.http.HttpMethod;

/**
 * The call pipeline's observations, for traces: one per logical Dataverse call
 * ({@code dataverse <operation>}), inside it one per attempt and one per wait between
 * attempts (Retry-After, back-off). An attempt's HTTP exchange is WebClient's own
 * observation below it, which sends the W3C {@code traceparent} to Dataverse. Timing them
 * as metrics is {@link DataverseMetrics}' job (the README's meters), so
 * {@link TracesOnly} keeps Micrometer's default meter handler off them.
 */
final class DataverseObservations {

	static final String CALL = "dataverse.call";

	static final String ATTEMPT = "dataverse.attempt";

	static final String WAIT = "dataverse.wait";

	private final ObservationRegistry registry;

	DataverseObservations(ObservationRegistry registry) {
		this.registry = registry;
	}

	/** What tells the pipeline's observations from everyone else's. */
	static final class Context extends Observation.Context {

	}

	/** A logical call, retries and waits included; the caller's view. */
	Observation call(String operation, HttpMethod method) {
		return Observation.createNotStarted(CALL, Context::new, registry)
			.contextualName("dataverse " + operation)
			.lowCardinalityKeyValue("operation", operation)
			.lowCardinalityKeyValue("http.request.method", method.name());
	}

	/** One attempt: token, concurrency slot, exchange. */
	Observation attempt(int number) {
		return Observation.createNotStarted(ATTEMPT, Context::new, registry)
			.contextualName("dataverse attempt")
			.lowCardinalityKeyValue("attempt", Integer.toString(number));
	}

	/**
	 * The observation open on this thread (an attempt's), for the Reactor context of its
	 * exchange: WebClient makes its own observation a child of it from there. Handing it
	 * over explicitly spares every Reactor operator of every call the thread-local
	 * restoring that automatic context propagation costs.
	 */
	Observation current() {
		return registry.getCurrentObservation();
	}

	/** A pause before the next attempt, and why. */
	Observation waiting(String reason) {
		return Observation.createNotStarted(WAIT, Context::new, registry)
			.contextualName("dataverse wait")
			.lowCardinalityKeyValue("reason", reason);
	}

	/**
	 * Answers for the pipeline's observations before Micrometer's default meter handler
	 * does (meter handlers are asked in order, the first that supports an observation
	 * handles it), and records nothing.
	 */
	static final class TracesOnly implements MeterObservationHandler<Context> {

		@Override
		public boolean supportsContext(Observation.Context context) {
			return context instanceof Context;
		}

	}

}
