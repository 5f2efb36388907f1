package dev.journeyfacade.dataverse;

import dev.journeyfacade.dataverse.RetryPolicy.Decision;
import dev.journeyfacade.dataverse.RetryPolicy.Outcome;
import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.concurrent.TimeoutException;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.Exceptions;
import reactor.util.context.Context;

/**
 * The steps every Dataverse call runs through, in this order, each for a reason (ADR 1;
 * the throttle gate and the concurrency limit as refined by ADR 13):
 * <ol>
 * <li>time budget: one deadline per caller request ({@link DataverseDeadline}) bounds
 * every wait below;</li>
 * <li>throttle gate: after a 429 for the request count or the execution time, no call of
 * this instance leaves before Retry-After has passed ({@link ThrottleKind}); after an
 * answer that reports that budget spent, for a second;</li>
 * <li>access token: cached, single flight, taken before a concurrency slot so slots are
 * not held while waiting;</li>
 * <li>concurrency limit: at most as many calls on the wire as {@link ConcurrencyLimiter}
 * allows (the cap, Dataverse's {@code x-ms-dop-hint}, fewer after a concurrency 429),
 * bounded wait for a slot;</li>
 * <li>the exchange, with the correlation id as {@code x-ms-client-request-id}, the
 * impersonated user as {@code CallerObjectId} ({@link DataverseCaller}) and a response
 * timeout; what the answer says about parallelism goes to the limiter;</li>
 * <li>401 → drop the token and repeat once; everything else → {@link RetryPolicy}
 * decides; a concurrency 429 makes only the refused call wait its Retry-After;</li>
 * <li>failures decoded into {@link DataverseException} by {@link DataverseErrors}.</li>
 * </ol>
 * Each call is one observation, its attempts and waits nested in it
 * ({@link DataverseObservations}), so a trace shows where a slow request spent its time.
 * The exchange keeps no cookies (WebClient stores none unless told to): Dataverse's
 * {@code ARRAffinity} cookie would pin all calls to one web server, and Microsoft's
 * throughput guidance for service clients is to spread them
 * (learn.microsoft.com/power-apps/developer/data-platform/api-limits).
 */
@Slf4j
final class CallPipeline {

	static final String REQUEST_ID_MDC_KEY = "requestId";

	private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json; charset=utf-8");

	private static final byte[] NO_BODY = new byte[0];

	/** Dataverse's Retry-After is whole seconds: one is the shortest it asks for. */
	private static final Duration BUDGET_SPENT_PAUSE = Duration.ofSeconds(1);

	/** How often the calls held behind the first call after a pause look again. */
	private static final Duration FIRST_CALL_POLL = Duration.ofMillis(50);

	private final WebClient webClient;

	private final DataverseProperties properties;

	private final DataverseTokenProvider tokens;

	private final ThrottleGate gate;

	private final ConcurrencyLimiter limiter;

	private final RetryPolicy retryPolicy;

	private final DataverseErrors errors;

	private final Clock clock;

	private final Sleeper sleeper;

	private final DataverseMetrics metrics;

	private final DataverseObservations observations;

	CallPipeline(WebClient webClient, DataverseProperties properties, DataverseTokenProvider tokens, ThrottleGate gate,
			ConcurrencyLimiter limiter, RetryPolicy retryPolicy, DataverseErrors errors, Clock clock, Sleeper sleeper,
			DataverseMetrics metrics, DataverseObservations observations) {
		this.webClient = webClient;
		this.properties = properties;
		this.tokens = tokens;
		this.gate = gate;
		this.limiter = limiter;
		this.retryPolicy = retryPolicy;
		this.errors = errors;
		this.clock = clock;
		this.sleeper = sleeper;
		this.metrics = metrics;
		this.observations = observations;
		metrics.registerConcurrency(limiter);
	}

	/**
	 * One request as the pipeline sees it; a body is JSON. {@code callerObjectId} is the
	 * user it acts as ({@code CallerObjectId} on every attempt, never on the token
	 * request), null for the application user.
	 */
	record Call(String operation, HttpMethod method, URI uri, @Nullable byte[] body, HttpHeaders headers,
			boolean safeToRepeat, @Nullable UUID callerObjectId) {

		/** A call as the current {@link DataverseCaller} scope says. */
		Call(String operation, HttpMethod method, URI uri, @Nullable byte[] body, HttpHeaders headers,
				boolean safeToRepeat) {
			this(operation, method, uri, body, headers, safeToRepeat, DataverseCaller.current());
		}
	}

	/** A received response, body read. */
	record Response(int status, HttpHeaders headers, byte[] body) {

		boolean isSuccess() {
			return status >= 200 && status < 300;
		}

		/**
		 * A conditional read's 304: the record has not changed. Only reads that send
		 * If-None-Match get one.
		 */
		boolean isNotModified() {
			return status == 304;
		}

		/** Dataverse's id of the request, for Microsoft support; null when absent. */
		@Nullable String serviceRequestId() {
			return headers.getFirst("x-ms-service-request-id");
		}
	}

	/** The result of one attempt: a response, or only the outcome when none arrived. */
	private record Attempt(@Nullable Response response, Outcome outcome) {
	}

	/**
	 * Runs the call to a successful response; every failure is a
	 * {@link DataverseException}.
	 */
	Response execute(Call call) {
		Instant started = clock.instant();
		Instant deadline = DataverseDeadline.currentStart().orElse(started).plus(properties.retry().budget());
		String outcome = "success";
		Observation observation = observations.call(call.operation(), call.method()).start();
		try (Observation.Scope scope = observation.openScope()) {
			return attemptUntilDone(call, deadline, requestId());
		}
		catch (DataverseException e) {
			outcome = DataverseErrors.outcomeTag(e);
			observation.error(e);
			throw e;
		}
		finally {
			observation.lowCardinalityKeyValue("outcome", outcome).stop();
			metrics.call(call.operation(), outcome, Duration.between(started, clock.instant()));
		}
	}

	private Response attemptUntilDone(Call call, Instant deadline, String requestId) {
		int attempt = 0;
		boolean tokenRenewed = false;
		while (true) {
			ThrottleGate.Passage passage = awaitThrottleGate(deadline);
			try {
				attempt++;
				String token;
				Attempt result;
				Observation observation = observations.attempt(attempt).start();
				try (Observation.Scope scope = observation.openScope()) {
					token = tokens.token();
					result = exchangeInSlot(call, token, requestId, attempt, deadline);
					observation.lowCardinalityKeyValue("outcome", describe(result.outcome()));
				}
				catch (RuntimeException e) {
					observation.error(e);
					throw e;
				}
				finally {
					observation.stop();
				}
				Response response = result.response();
				if (response != null && (response.isSuccess() || response.isNotModified())) {
					pauseWhenTheBudgetIsSpent();
					return response;
				}
				if (response != null && response.status() == 401 && !tokenRenewed) {
					tokens.invalidate(token);
					tokenRenewed = true;
					metrics.retry("unauthorized");
					log.debug("Dataverse answered 401 to {} {}: retrying once with a new token", call.method(),
							call.operation());
					continue;
				}
				Instant now = clock.instant();
				Decision decision = retryPolicy.decide(result.outcome(), call.safeToRepeat(), attempt, now, deadline);
				if (decision instanceof Decision.Throttled throttled) {
					metrics.throttled(throttled.kind());
					metrics.retry("throttled-" + throttled.kind().tag());
					waitOutThrottle(call, attempt, now, throttled.retryAfter(), throttled.kind(), deadline);
				}
				else if (decision instanceof Decision.ThrottledPastBudget throttled) {
					metrics.throttled(throttled.kind());
					if (throttled.kind().pausesInstance()) {
						gate.closeFor(now, throttled.retryAfter(), throttled.kind());
					}
					throw DataverseErrors.throttledPastBudget(throttled.retryAfter());
				}
				else if (decision instanceof Decision.Retry retry) {
					metrics.retry(retry.reason());
					log.debug("Retrying {} after {} ms: {} (attempt {})", call.operation(), retry.delay().toMillis(),
							retry.reason(), attempt);
					observations.waiting(retry.reason()).observe(() -> sleep(retry.delay()));
				}
				else {
					throw response == null ? DataverseErrors.noResponse(result.outcome())
							: errors.errorResponse(response);
				}
			}
			finally {
				gate.left(passage);
			}
		}
	}

	/**
	 * The answer said its server takes no more requests (or has no execution time left):
	 * the next call would be refused, and a client that keeps sending while throttled
	 * gets its wait extended
	 * (learn.microsoft.com/power-apps/developer/data-platform/api-limits). So the
	 * instance pauses as for a 429, for the shortest {@code Retry-After} Dataverse gives,
	 * instead of spending a request to be told; the next call after it goes alone.
	 */
	private void pauseWhenTheBudgetIsSpent() {
		ThrottleKind spent = limiter.spentBudget();
		if (spent != null) {
			log.debug("Dataverse reported the {} budget spent: every call waits {} ms", spent.tag(),
					BUDGET_SPENT_PAUSE.toMillis());
			gate.closeForSpentBudget(clock.instant(), BUDGET_SPENT_PAUSE);
		}
	}

	/**
	 * A 429 that fits the budget: for the request count or the execution time the gate
	 * closes and every call of the instance waits (this one at the gate, next round); for
	 * concurrency only this call waits, without a slot, while the limiter has lowered the
	 * parallelism — holding back calls that would fit is what Microsoft's remedy ("reduce
	 * the number of concurrent requests") avoids.
	 */
	private void waitOutThrottle(Call call, int attempt, Instant now, Duration retryAfter, ThrottleKind kind,
			Instant deadline) {
		if (kind.pausesInstance()) {
			gate.closeFor(now, retryAfter, kind);
			log.debug("Dataverse throttled {} (attempt {}, {}): every call waits {} ms", call.operation(), attempt,
					kind.tag(), retryAfter.toMillis());
			return;
		}
		Duration wait = min(retryPolicy.withJitter(retryAfter), untilDeadline(deadline));
		log.debug("Dataverse refused {} for concurrency (attempt {}): it waits {} ms, the limit is now {}",
				call.operation(), attempt, wait.toMillis(), limiter.limit());
		observations.waiting("throttled-" + kind.tag()).observe(() -> sleep(wait));
		metrics.throttleWait(kind.tag(), wait);
	}

	/**
	 * Waits until the gate lets this call through: the pause over, and the first call
	 * after it answered without being refused again (or this call is that first one).
	 */
	private ThrottleGate.Passage awaitThrottleGate(Instant deadline) {
		while (true) {
			Instant now = clock.instant();
			Duration wait = gate.remaining(now);
			if (wait.isZero()) {
				ThrottleGate.Passage passage = gate.tryPass(now);
				if (passage != null) {
					return passage;
				}
				wait = FIRST_CALL_POLL;
			}
			if (now.plus(wait).isAfter(deadline)) {
				throw DataverseErrors.throttledPastBudget(wait);
			}
			// Jitter spreads the callers that waited so they do not all leave at the same
			// instant.
			Duration jittered = min(retryPolicy.withJitter(wait), untilDeadline(deadline));
			String reason = gate.reason();
			observations.waiting(ThrottleGate.BUDGET_SPENT.equals(reason) ? reason : "throttled-" + reason)
				.observe(() -> sleep(jittered));
			metrics.throttleWait(reason, jittered);
		}
	}

	/** The exchange in a concurrency slot, waiting for one within the budget. */
	private Attempt exchangeInSlot(Call call, String token, String requestId, int attempt, Instant deadline) {
		Duration slotWait = min(properties.concurrency().maxWait(), untilDeadline(deadline));
		ConcurrencyLimiter.Slot slot = limiter.tryAcquire(slotWait);
		if (slot == null) {
			metrics.concurrencyRejected();
			throw DataverseErrors.overloaded();
		}
		try {
			Attempt result = exchange(call, token, requestId, attempt);
			if (result.response() != null) {
				// before the slot is freed, so the next caller already goes under the new
				// limit
				limiter.answered(slot, result.response().status(),
						result.outcome() instanceof Outcome.Throttled throttled ? throttled.kind() : null,
						result.response().headers());
			}
			return result;
		}
		finally {
			limiter.release(slot);
		}
	}

	private static Function<Context, Context> parent(Observation observation) {
		return observation == null ? Function.identity()
				: context -> context.put(ObservationThreadLocalAccessor.KEY, observation);
	}

	private Attempt exchange(Call call, String token, String requestId, int attempt) {
		Instant start = clock.instant();
		WebClient.RequestBodySpec request = webClient.method(call.method()).uri(call.uri()).headers(headers -> {
			headers.setBearerAuth(token);
			headers.set("x-ms-client-request-id", requestId);
			headers.addAll(call.headers());
			if (call.callerObjectId() != null) {
				headers.set(DataverseCaller.CALLER_OBJECT_ID, call.callerObjectId().toString());
			}
		});
		if (call.body() != null) {
			request.contentType(JSON_UTF8).bodyValue(call.body());
		}
		try {
			Response response = request
				.exchangeToMono(r -> r.bodyToMono(byte[].class)
					.defaultIfEmpty(NO_BODY)
					.map(body -> new Response(r.statusCode().value(), r.headers().asHttpHeaders(), body)))
				.timeout(properties.responseTimeout())
				.contextWrite(parent(observations.current()))
				.block();
			log.debug("Dataverse {} {} → {} in {} ms (attempt {}, x-ms-service-request-id {})", call.method(),
					call.uri().getPath(), response.status(), Duration.between(start, clock.instant()).toMillis(),
					attempt, response.serviceRequestId());
			String retryAfter = response.headers().getFirst(HttpHeaders.RETRY_AFTER);
			return new Attempt(response,
					response.status() == 429 ? new Outcome.Throttled(retryAfter, ThrottleKind.of(errors.code(response)))
							: new Outcome.Response(response.status(), retryAfter));
		}
		catch (RuntimeException e) {
			Throwable cause = Exceptions.unwrap(e);
			if (cause instanceof DataBufferLimitException tooLarge) {
				throw DataverseErrors.oversizedBody(tooLarge);
			}
			Outcome outcome;
			if (cause instanceof TimeoutException || cause instanceof io.netty.handler.timeout.ReadTimeoutException) {
				outcome = new Outcome.Timeout();
			}
			else if (cause instanceof WebClientRequestException requestFailure) {
				outcome = requestFailure.getCause() instanceof ConnectException ? new Outcome.ConnectFailure()
						: requestFailure.getCause() instanceof io.netty.handler.timeout.ReadTimeoutException
								? new Outcome.Timeout() : new Outcome.BrokenConnection();
			}
			else {
				throw e;
			}
			log.debug("Dataverse {} {} failed after {} ms (attempt {}): {}", call.method(), call.uri().getPath(),
					Duration.between(start, clock.instant()).toMillis(), attempt, outcome);
			return new Attempt(null, outcome);
		}
	}

	/** An attempt's outcome as a span tag: the status, or what happened instead. */
	private static String describe(Outcome outcome) {
		if (outcome instanceof Outcome.Response response) {
			return Integer.toString(response.status());
		}
		if (outcome instanceof Outcome.Timeout) {
			return "timeout";
		}
		return outcome instanceof Outcome.ConnectFailure ? "connect-failure" : "broken-connection";
	}

	private static String requestId() {
		String id = MDC.get(REQUEST_ID_MDC_KEY);
		return id != null ? id : UUID.randomUUID().toString();
	}

	private Duration untilDeadline(Instant deadline) {
		Duration left = Duration.between(clock.instant(), deadline);
		return left.isNegative() ? Duration.ZERO : left;
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private void sleep(Duration duration) {
		try {
			sleeper.sleep(duration);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw DataverseErrors.interrupted(e);
		}
	}

}
