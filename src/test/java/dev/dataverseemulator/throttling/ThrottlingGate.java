package dev.dataverseemulator.throttling;

import dev.dataverseemulator.odata.DataverseError;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpStatus;

/**
 * Admits or refuses one Dataverse call of an application user like Dataverse's service
 * protection limits (learn.microsoft.com/power-apps/developer/data-platform/api-limits),
 * each web server on its own: the number of requests per sliding window
 * ({@code 0x80072322}), the combined execution time per window ({@code 0x80072321}, each
 * call's duration from admission to its last byte by the injected clock, added latency
 * included) and the concurrent requests ({@code 0x80072326}). Like Dataverse, the first
 * two are evaluated on what the window holds already, so a call may pass them a little;
 * the third refuses at once. {@code Retry-After} is the whole seconds until the window
 * falls below the limit again. Refused calls are not counted.
 *
 * <p>
 * A call without an affinity cookie goes to the next web server in turn (the emulator's
 * choice; Dataverse's load balancer is not documented); one with the cookie of a server
 * stays there.
 */
public class ThrottlingGate {

	/**
	 * The concurrency refusal's {@code Retry-After}: Microsoft documents none for it, so
	 * one second (the emulator's).
	 */
	static final long CONCURRENCY_RETRY_AFTER_SECONDS = 1;

	private final Clock clock;

	private final ThrottlingSettings initial;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicLong nextServer = new AtomicLong();

	private volatile ThrottlingSettings settings;

	private volatile List<Map<String, UserState>> servers;

	private Random random; // guarded by this

	public ThrottlingGate(ThrottlingSettings initial, Clock clock) {
		this.clock = clock;
		this.initial = initial;
		apply(initial);
	}

	/** Which limit a call met. */
	public enum Reason {

		REQUEST_COUNT, EXECUTION_TIME, CONCURRENCY

	}

	/**
	 * The answer to one call: admitted with a permit to release when it ends, or refused
	 * with the 429 to send.
	 */
	public sealed interface Admission {

		/** The web server (0-based) that answered. */
		int server();

	}

	/**
	 * @param permit release it when the response is complete
	 */
	public record Admitted(Permit permit, int server) implements Admission {
	}

	/**
	 * @param random whether the refusal was drawn at random rather than earned
	 */
	public record Refused(Reason reason, boolean random, int server, DataverseError error) implements Admission {
	}

	/**
	 * A slot of the concurrency limit, held while the call runs; releasing counts its
	 * duration, and twice is harmless.
	 */
	public interface Permit {

		void release();

	}

	/**
	 * What is left of a user's budget on one web server, for the {@code x-ms-ratelimit-*}
	 * headers.
	 *
	 * @param requests requests left in the window
	 * @param executionMillis execution time left in the window
	 */
	public record Budget(long requests, long executionMillis) {

		/**
		 * {@code x-ms-ratelimit-time-remaining-xrm-requests} is seconds as Dataverse
		 * writes them: {@code 1,200.00}.
		 */
		public String executionSeconds() {
			DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
			return format.format(executionMillis / 1000.0);
		}
	}

	/**
	 * @param affinity the web server an affinity cookie names, or null: the call goes to
	 * the next one in turn
	 */
	public Admission admit(String user, Integer affinity) {
		ThrottlingSettings s = settings;
		List<Map<String, UserState>> current = servers;
		int server = affinity != null && affinity >= 0 && affinity < current.size() ? affinity
				: (int) Math.floorMod(nextServer.getAndIncrement(), (long) current.size());
		if (s.random().share() > 0 && nextDouble() < s.random().share()) {
			Reason reason = pick(s.random().shares(), nextDouble());
			return refused(reason, true, server, s, s.random().retryAfterSeconds());
		}
		UserState state = current.get(server).computeIfAbsent(user, u -> new UserState());
		Instant now = clock.instant();
		Duration window = Duration.ofSeconds(s.rateLimit().windowSeconds());
		synchronized (state) {
			if (s.rateLimit().enabled()) {
				if (state.inFlight >= s.rateLimit().maxConcurrent()) {
					return refused(Reason.CONCURRENCY, false, server, s, CONCURRENCY_RETRY_AFTER_SECONDS);
				}
				if (state.requests.sum(now, window) >= s.rateLimit().maxRequests()) {
					Duration wait = state.requests.untilBelow(s.rateLimit().maxRequests(), now, window);
					return refused(Reason.REQUEST_COUNT, false, server, s, ceilSeconds(wait));
				}
				if (state.execution.sum(now, window) >= s.rateLimit().maxExecutionTimeMs()) {
					Duration wait = state.execution.untilBelow(s.rateLimit().maxExecutionTimeMs(), now, window);
					return refused(Reason.EXECUTION_TIME, false, server, s, ceilSeconds(wait));
				}
			}
			// counted even while the limits are off, so that the budget headers tell the
			// truth
			state.requests.add(now, 1);
			state.inFlight++;
		}
		inFlight.incrementAndGet();
		return new Admitted(new CallPermit(state, now), server);
	}

	/** The budget a user has left on a web server now. */
	public Budget budget(String user, int server) {
		ThrottlingSettings s = settings;
		List<Map<String, UserState>> current = servers;
		UserState state = server < current.size() ? current.get(server).get(user) : null;
		if (state == null) {
			return new Budget(s.rateLimit().maxRequests(), s.rateLimit().maxExecutionTimeMs());
		}
		Instant now = clock.instant();
		Duration window = Duration.ofSeconds(s.rateLimit().windowSeconds());
		synchronized (state) {
			return new Budget(Math.max(0, s.rateLimit().maxRequests() - state.requests.sum(now, window)),
					Math.max(0, s.rateLimit().maxExecutionTimeMs() - state.execution.sum(now, window)));
		}
	}

	public ThrottlingSettings settings() {
		return settings;
	}

	/** The settings the emulator started with (and returns to on reset). */
	public ThrottlingSettings initialSettings() {
		return initial;
	}

	/**
	 * New settings take effect for the next call; windows start afresh, calls in flight
	 * stay counted where they run.
	 */
	public synchronized void apply(ThrottlingSettings newSettings) {
		List<Map<String, UserState>> fresh = new ArrayList<>();
		for (int i = 0; i < newSettings.webServers(); i++) {
			fresh.add(new ConcurrentHashMap<>());
		}
		List<Map<String, UserState>> old = servers;
		if (old != null) { // keep who is in flight; forget what the windows counted
			for (int i = 0; i < Math.min(old.size(), fresh.size()); i++) {
				Map<String, UserState> target = fresh.get(i);
				old.get(i).forEach((user, state) -> {
					synchronized (state) {
						state.requests.clear();
						state.execution.clear();
					}
					target.put(user, state);
				});
			}
		}
		servers = List.copyOf(fresh);
		nextServer.set(0);
		settings = newSettings;
		random = new Random(newSettings.seed());
	}

	/** Back to the settings the emulator started with. */
	public void reset() {
		apply(initial);
	}

	public int inFlight() {
		return inFlight.get();
	}

	private synchronized double nextDouble() {
		return random.nextDouble();
	}

	/** The limit a random refusal names: the shares split [0, 1) into three ranges. */
	static Reason pick(ThrottlingSettings.Shares shares, double draw) {
		double total = shares.requestCount() + shares.executionTime() + shares.concurrency();
		double at = draw * total;
		if (at < shares.requestCount()) {
			return Reason.REQUEST_COUNT;
		}
		return at < shares.requestCount() + shares.executionTime() ? Reason.EXECUTION_TIME : Reason.CONCURRENCY;
	}

	/** Dataverse's code and message of each limit, as the api-limits page lists them. */
	static DataverseError error(Reason reason, ThrottlingSettings s) {
		ThrottlingSettings.RateLimit limit = s.rateLimit();
		return switch (reason) {
			case REQUEST_COUNT -> DataverseError.of(HttpStatus.TOO_MANY_REQUESTS, DataverseError.REQUEST_COUNT_LIMIT,
					"Number of requests exceeded the limit of " + limit.maxRequests() + " over time window of "
							+ limit.windowSeconds() + " seconds.");
			case EXECUTION_TIME -> DataverseError.of(HttpStatus.TOO_MANY_REQUESTS, DataverseError.EXECUTION_TIME_LIMIT,
					"Combined execution time of incoming requests exceeded limit of "
							+ new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))
								.format(limit.maxExecutionTimeMs())
							+ " milliseconds over time window of " + limit.windowSeconds() + " seconds. Decrease number"
							+ " of concurrent requests or reduce the duration of requests and try again later.");
			case CONCURRENCY -> DataverseError.of(HttpStatus.TOO_MANY_REQUESTS, DataverseError.CONCURRENCY_LIMIT,
					"Number of concurrent requests exceeded the limit of " + limit.maxConcurrent() + ".");
		};
	}

	private static Refused refused(Reason reason, boolean random, int server, ThrottlingSettings s,
			long retryAfterSeconds) {
		return new Refused(reason, random, server,
				error(reason, s).withHeader("Retry-After", Long.toString(retryAfterSeconds)));
	}

	/**
	 * Whole seconds, rounded up, at least one: a client that waits that long finds the
	 * window below the limit.
	 */
	static long ceilSeconds(Duration wait) {
		long nanos = Math.max(0, wait.toNanos());
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

	/** Releases the slot and adds the call's duration to the execution-time window. */
	private final class CallPermit implements Permit {

		private final UserState state;

		private final Instant started;

		private final AtomicBoolean released = new AtomicBoolean();

		private CallPermit(UserState state, Instant started) {
			this.state = state;
			this.started = started;
		}

		@Override
		public void release() {
			if (!released.compareAndSet(false, true)) {
				return;
			}
			Instant ended = clock.instant();
			long millis = Math.max(0, Duration.between(started, ended).toMillis());
			synchronized (state) {
				state.inFlight--;
				state.execution.add(ended, millis);
			}
			inFlight.decrementAndGet();
		}

	}

	/** One user's counters on one web server. */
	private static final class UserState {

		private final SlidingWindow requests = new SlidingWindow();

		private final SlidingWindow execution = new SlidingWindow();

		private int inFlight;

	}

}
