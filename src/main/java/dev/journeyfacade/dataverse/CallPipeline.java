package dev.journeyfacade.dataverse;

import dev.journeyfacade.dataverse.RetryPolicy.Decision;
import dev.journeyfacade.dataverse.RetryPolicy.Outcome;
import io.micrometer.observation.Observation;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.Exceptions;

/**
 * The steps every Dataverse call runs through, in this order, each for a reason (ADR 1):
 * <ol>
 * <li>time budget: one deadline per caller request ({@link DataverseDeadline}) bounds
 * every wait below;</li>
 * <li>throttle gate: after any 429, no call of this instance leaves before Retry-After
 * has passed;</li>
 * <li>access token: cached, single flight, taken before a concurrency slot so slots are
 * not held while waiting;</li>
 * <li>concurrency cap: at most {@code maxInFlight} calls on the wire, bounded wait for a
 * slot;</li>
 * <li>the exchange, with the correlation id as {@code x-ms-client-request-id} and a
 * response timeout;</li>
 * <li>401 → drop the token and repeat once; everything else → {@link RetryPolicy}
 * decides;</li>
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
		metrics.registerInFlight(limiter::inFlight);
	}

	/** One request as the pipeline sees it; a body is JSON. */
	record Call(String operation, HttpMethod method, URI uri, @Nullable byte[] body, HttpHeaders headers,
			boolean safeToRepeat) {
	}

	/** A received response, body read. */
	record Response(int status, HttpHeaders headers, byte[] body) {

		boolean isSuccess() {
			return status >= 200 && status < 300;
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
			awaitThrottleGate(deadline);
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
			if (result.response() != null && result.response().isSuccess()) {
				return result.response();
			}
			if (result.response() != null && result.response().status() == 401 && !tokenRenewed) {
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
				metrics.throttled();
				metrics.retry("throttled");
				gate.closeFor(now, throttled.retryAfter());
				log.debug("Dataverse throttled {} (attempt {}): every call waits {} ms", call.operation(), attempt,
						throttled.retryAfter().toMillis());
			}
			else if (decision instanceof Decision.ThrottledPastBudget throttled) {
				metrics.throttled();
				gate.closeFor(now, throttled.retryAfter());
				throw DataverseErrors.throttledPastBudget(throttled.retryAfter());
			}
			else if (decision instanceof Decision.Retry retry) {
				metrics.retry(retry.reason());
				log.debug("Retrying {} after {} ms: {} (attempt {})", call.operation(), retry.delay().toMillis(),
						retry.reason(), attempt);
				observations.waiting(retry.reason()).observe(() -> sleep(retry.delay()));
			}
			else {
				throw result.response() == null ? DataverseErrors.noResponse(result.outcome())
						: errors.errorResponse(result.response());
			}
		}
	}

	private void awaitThrottleGate(Instant deadline) {
		while (true) {
			Instant now = clock.instant();
			Duration wait = gate.remaining(now);
			if (wait.isZero()) {
				return;
			}
			if (now.plus(wait).isAfter(deadline)) {
				throw DataverseErrors.throttledPastBudget(wait);
			}
			// Jitter spreads the callers that waited so they do not all leave at the same
			// instant.
			Duration jittered = min(retryPolicy.withJitter(wait), untilDeadline(deadline));
			observations.waiting("throttled").observe(() -> sleep(jittered));
			metrics.throttleWait(jittered);
		}
	}

	/** The exchange in a concurrency slot, waiting for one within the budget. */
	private Attempt exchangeInSlot(Call call, String token, String requestId, int attempt, Instant deadline) {
		Duration slotWait = min(properties.concurrency().maxWait(), untilDeadline(deadline));
		if (!limiter.tryAcquire(slotWait)) {
			metrics.concurrencyRejected();
			throw DataverseErrors.overloaded();
		}
		try {
			return exchange(call, token, requestId, attempt);
		}
		finally {
			limiter.release();
		}
	}

	private Attempt exchange(Call call, String token, String requestId, int attempt) {
		Instant start = clock.instant();
		WebClient.RequestBodySpec request = webClient.method(call.method()).uri(call.uri()).headers(headers -> {
			headers.setBearerAuth(token);
			headers.set("x-ms-client-request-id", requestId);
			headers.addAll(call.headers());
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
				.block();
			log.debug("Dataverse {} {} → {} in {} ms (attempt {}, x-ms-service-request-id {})", call.method(),
					call.uri().getPath(), response.status(), Duration.between(start, clock.instant()).toMillis(),
					attempt, response.serviceRequestId());
			return new Attempt(response,
					new Outcome.Response(response.status(), response.headers().getFirst(HttpHeaders.RETRY_AFTER)));
		}
		catch (RuntimeException e) {
			Throwable cause = Exceptions.unwrap(e);
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
