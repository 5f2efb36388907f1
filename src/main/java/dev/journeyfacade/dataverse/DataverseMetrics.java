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
 * received; reason = the limit), {@code dataverse.client.throttle.wait} (time callers
 * spent waiting for Retry-After; reason), {@code dataverse.client.token.fetches}
 * (outcome), {@code dataverse.client.concurrency.rejected}, and the gauges
 * {@code dataverse.client.inflight}, {@code dataverse.client.concurrency.limit},
 * {@code dataverse.client.concurrency.hint},
 * {@code dataverse.client.ratelimit.remaining.requests} and
 * {@code dataverse.client.ratelimit.remaining.seconds}.
 */
final class DataverseMetrics {

	private final MeterRegistry registry;

	private final Map<String, Timer> calls = new ConcurrentHashMap<>();

	DataverseMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void registerConcurrency(ConcurrencyLimiter limiter) {
		gauge("dataverse.client.inflight", limiter::inFlight, "Dataverse calls in flight from this instance");
		gauge("dataverse.client.concurrency.limit", limiter::limit,
				"Dataverse calls this instance may have in flight now (cap, x-ms-dop-hint, concurrency 429s)");
		gauge("dataverse.client.concurrency.hint", () -> limiter.hint() == 0 ? Double.NaN : limiter.hint(),
				"The last x-ms-dop-hint Dataverse sent (NaN before the first)");
		gauge("dataverse.client.ratelimit.remaining.requests",
				() -> limiter.remainingRequests() < 0 ? Double.NaN : limiter.remainingRequests(),
				"Requests the last answer's web server said it still takes (x-ms-ratelimit-burst-remaining-xrm-requests)");
		gauge("dataverse.client.ratelimit.remaining.seconds", limiter::remainingSeconds,
				"Execution time the last answer's web server said is left (x-ms-ratelimit-time-remaining-xrm-requests)");
	}

	private void gauge(String name, Supplier<Number> value, String description) {
		Gauge.builder(name, value).description(description).register(registry);
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

	void throttled(ThrottleKind kind) {
		Counter.builder("dataverse.client.throttled")
			.description("429 answers received from Dataverse, by the limit they name")
			.tag("reason", kind.tag())
			.register(registry)
			.increment();
	}

	/**
	 * @param reason the limit that asked for the wait ({@link ThrottleKind#tag()}), or
	 * {@link ThrottleGate#BUDGET_SPENT}
	 */
	void throttleWait(String reason, Duration waited) {
		Timer.builder("dataverse.client.throttle.wait")
			.description("Time spent waiting for Retry-After to pass (or after an answer that reported a budget "
					+ "spent), by the limit that asked for it")
			.tag("reason", reason)
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
