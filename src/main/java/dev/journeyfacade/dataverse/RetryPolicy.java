package dev.journeyfacade.dataverse;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Every retry decision of the client, in one place and driven by data: what happened,
 * whether the request is safe to repeat, how many attempts were made and how much of the
 * caller's time budget is left.
 *
 * <ul>
 * <li>429: wait what {@code Retry-After} says (Dataverse's service protection; seconds,
 * possibly decimal, or an HTTP date). Without a readable header: 2 s, 4 s, 8 s … as
 * Microsoft's Web API sample does. Any method: a throttled request was not processed. If
 * the wait would pass the budget or the attempts are used up, fail at once so the caller
 * can come back after Retry-After. The decision names the limit ({@link ThrottleKind}):
 * the request count and execution time pause the whole instance, the concurrency limit
 * only the refused call.</li>
 * <li>502/503/504, timeouts, broken connections: exponential back-off with jitter, only
 * for requests that are safe to repeat (a server's Retry-After wins over the computed
 * delay).</li>
 * <li>Connection refused: any method, since nothing reached Dataverse.</li>
 * <li>Everything else: no retry.</li>
 * </ul>
 */
final class RetryPolicy {

	/** What happened on one attempt. */
	sealed interface Outcome {

		record Response(int status, @Nullable String retryAfter) implements Outcome {
		}

		/** A 429, with the limit its error code names. */
		record Throttled(@Nullable String retryAfter, ThrottleKind kind) implements Outcome {
		}

		record ConnectFailure() implements Outcome {
		}

		record Timeout() implements Outcome {
		}

		record BrokenConnection() implements Outcome {
		}

	}

	/** What to do next. */
	sealed interface Decision {

		/** Wait {@code delay} then try again. */
		record Retry(Duration delay, String reason) implements Decision {
		}

		/**
		 * Dataverse throttled this user: wait {@code retryAfter} (the whole instance when
		 * the kind {@link ThrottleKind#pausesInstance() pauses it}, else this call), then
		 * try again.
		 */
		record Throttled(Duration retryAfter, ThrottleKind kind) implements Decision {
		}

		/**
		 * Throttled, and waiting would pass the budget or the attempts: give the caller
		 * 503 + Retry-After.
		 */
		record ThrottledPastBudget(Duration retryAfter, ThrottleKind kind) implements Decision {
		}

		/** No retry: surface the outcome. */
		record GiveUp() implements Decision {
		}

	}

	private static final Duration THROTTLE_FALLBACK = Duration.ofSeconds(2);

	private final DataverseProperties.Retry settings;

	private final DoubleSupplier random;

	RetryPolicy(DataverseProperties.Retry settings, DoubleSupplier random) {
		this.settings = settings;
		this.random = random;
	}

	/**
	 * @param attempt attempts made so far, this one included (1 after the first)
	 * @param now the current instant
	 * @param deadline when the caller's time budget runs out
	 */
	Decision decide(Outcome outcome, boolean safeToRepeat, int attempt, Instant now, Instant deadline) {
		boolean attemptsLeft = attempt < settings.maxAttempts();
		if (outcome instanceof Outcome.Throttled throttled) {
			Duration wait = parseRetryAfter(throttled.retryAfter(), now)
				.orElseGet(() -> THROTTLE_FALLBACK.multipliedBy(1L << Math.min(attempt - 1, 6)));
			if (!attemptsLeft || now.plus(wait).isAfter(deadline)) {
				return new Decision.ThrottledPastBudget(wait, throttled.kind());
			}
			return new Decision.Throttled(wait, throttled.kind());
		}
		String reason = transientReason(outcome, safeToRepeat);
		if (reason == null || !attemptsLeft) {
			return new Decision.GiveUp();
		}
		Duration delay = outcome instanceof Outcome.Response response
				? parseRetryAfter(response.retryAfter(), now).orElseGet(() -> backoff(attempt)) : backoff(attempt);
		if (now.plus(delay).isAfter(deadline)) {
			return new Decision.GiveUp();
		}
		return new Decision.Retry(delay, reason);
	}

	/**
	 * Adds up to {@code jitter} × the delay at random, so waiters do not all wake at the
	 * same instant.
	 */
	Duration withJitter(Duration delay) {
		long extra = (long) (delay.toNanos() * settings.jitter() * random.getAsDouble());
		return delay.plusNanos(extra);
	}

	private static String transientReason(Outcome outcome, boolean safeToRepeat) {
		if (outcome instanceof Outcome.ConnectFailure) {
			return "connect-failure";
		}
		if (!safeToRepeat) {
			return null;
		}
		if (outcome instanceof Outcome.Timeout) {
			return "timeout";
		}
		if (outcome instanceof Outcome.BrokenConnection) {
			return "broken-connection";
		}
		if (outcome instanceof Outcome.Response response
				&& (response.status() == 502 || response.status() == 503 || response.status() == 504)) {
			return "server-error";
		}
		return null;
	}

	private Duration backoff(int attempt) {
		Duration exponential = settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 16));
		Duration capped = exponential.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : exponential;
		return withJitter(capped);
	}

	/**
	 * {@code Retry-After} as seconds (whole or decimal) or an HTTP date; empty when
	 * missing or unreadable.
	 */
	static Optional<Duration> parseRetryAfter(@Nullable String header, Instant now) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		String value = header.trim();
		try {
			BigDecimal seconds = new BigDecimal(value);
			if (seconds.signum() < 0) {
				return Optional.empty();
			}
			return Optional.of(Duration
				.ofMillis(seconds.movePointRight(3).setScale(0, java.math.RoundingMode.CEILING).longValueExact()));
		}
		catch (NumberFormatException | ArithmeticException notSeconds) {
			try {
				Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
			}
			catch (DateTimeParseException notADate) {
				return Optional.empty();
			}
		}
	}

}
