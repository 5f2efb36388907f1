package dev.journeyfacade.dataverse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The client's Micrometer meters (names are documented in the README):
 * {@code dataverse.client.calls} (timer; operation, outcome),
 * {@code dataverse.client.retries} (reason), {@code dataverse.client.throttled} (429s
 * received), {@code dataverse.client.throttle.wait} (time callers spent waiting for
 * Retry-After), {@code dataverse.client.token.fetches} (outcome),
 * {@code dataverse.client.concurrency.rejected}, {@code dataverse.client.inflight}
 * (gauge).
 */
final class DataverseMetrics {

	private final MeterRegistry registry;

	private final Map<String, Timer> calls = new ConcurrentHashMap<>();

	DataverseMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void registerInFlight(Supplier<Number> inFlight) {
		Gauge.builder("dataverse.client.inflight", inFlight)
			.description("Dataverse calls in flight from this instance")
			.register(registry);
	}

	void call(String operation, String outcome, Duration elapsed) {
		// One timer per operation and outcome (a few dozen), looked up here instead of in
		// the registry each call.
		calls
			.computeIfAbsent(operation + '\n' + outcome,
					key -> Timer.builder("dataverse.client.calls")
						.description("Dataverse calls as the caller saw them, retries and waits included")
						.tag("operation", operation)
						.tag("outcome", outcome)
						.publishPercentileHistogram()
						.register(registry))
			.record(elapsed);
	}

	void retry(String reason) {
		Counter.builder("dataverse.client.retries")
			.description("Dataverse attempts repeated, by reason")
			.tag("reason", reason)
			.register(registry)
			.increment();
	}

	void throttled() {
		Counter.builder("dataverse.client.throttled")
			.description("429 answers received from Dataverse")
			.register(registry)
			.increment();
	}

	void throttleWait(Duration waited) {
		Timer.builder("dataverse.client.throttle.wait")
			.description("Time spent waiting for Retry-After to pass")
			.register(registry)
			.record(waited);
	}

	void tokenFetched(boolean success) {
		Counter.builder("dataverse.client.token.fetches")
			.description("Access token requests to the token endpoint")
			.tag("outcome", success ? "success" : "failure")
			.register(registry)
			.increment();
	}

	void concurrencyRejected() {
		Counter.builder("dataverse.client.concurrency.rejected")
			.description("Calls refused because the in-flight cap stayed full")
			.register(registry)
			.increment();
	}

}
