package dev.dataverseemulator.throttling;

import dev.dataverseemulator.odata.DataverseError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;

/**
 * Admits or refuses one Dataverse call of an application user, like Dataverse's service protection limits:
 * a count of requests per sliding window (refused with {@code 0x80072322} and a {@code Retry-After} of the
 * whole seconds until the oldest counted request leaves the window) and a cap on concurrent requests
 * ({@code 0x80072326}). Refused calls are not counted, and a refusal is answered at once. Time comes from the
 * injected clock, so tests move it instead of waiting.
 */
public class ThrottlingGate {

    private final Clock clock;
    private final ThrottlingSettings initial;
    private final Map<String, UserState> users = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile ThrottlingSettings settings;
    private Random random; // guarded by this

    public ThrottlingGate(ThrottlingSettings initial, Clock clock) {
        this.clock = clock;
        this.initial = initial;
        apply(initial);
    }

    /** Why a call was refused. */
    public enum Reason {
        REQUEST_COUNT, CONCURRENCY, RANDOM
    }

    /** The answer to one call: admitted with a permit to release when it ends, or refused with the 429 to send. */
    public sealed interface Admission {
    }

    /** @param permit release it when the response is complete */
    public record Admitted(Permit permit) implements Admission {
    }

    public record Refused(Reason reason, DataverseError error) implements Admission {
    }

    /** A slot of the concurrency cap; releasing twice is harmless. */
    public interface Permit {
        void release();
    }

    public Admission admit(String user) {
        ThrottlingSettings s = settings;
        if (s.random().share() > 0 && nextDouble() < s.random().share()) {
            return refused(Reason.RANDOM, DataverseError.REQUEST_COUNT_LIMIT, requestCountMessage(s),
                    s.random().retryAfterSeconds());
        }
        UserState state = users.computeIfAbsent(user, u -> new UserState());
        synchronized (state) {
            if (s.rateLimit().enabled()) {
                if (state.inFlight >= s.rateLimit().maxConcurrent()) {
                    return refused(Reason.CONCURRENCY, DataverseError.CONCURRENCY_LIMIT,
                            "Number of concurrent requests exceeded the limit of " + s.rateLimit().maxConcurrent() + ".", 1);
                }
                Instant now = clock.instant();
                Duration window = Duration.ofSeconds(s.rateLimit().windowSeconds());
                while (!state.window.isEmpty() && !state.window.peekFirst().plus(window).isAfter(now)) {
                    state.window.pollFirst();
                }
                if (state.window.size() >= s.rateLimit().maxRequests()) {
                    Duration wait = Duration.between(now, state.window.peekFirst().plus(window));
                    return refused(Reason.REQUEST_COUNT, DataverseError.REQUEST_COUNT_LIMIT, requestCountMessage(s),
                            ceilSeconds(wait));
                }
                state.window.addLast(now);
            }
            state.inFlight++;
        }
        inFlight.incrementAndGet();
        AtomicBoolean released = new AtomicBoolean();
        return new Admitted(() -> {
            if (released.compareAndSet(false, true)) {
                synchronized (state) {
                    state.inFlight--;
                }
                inFlight.decrementAndGet();
            }
        });
    }

    public ThrottlingSettings settings() {
        return settings;
    }

    /** New settings take effect for the next call; windows start afresh, calls in flight stay counted. */
    public synchronized void apply(ThrottlingSettings newSettings) {
        settings = newSettings;
        random = new Random(newSettings.seed());
        users.values().forEach(state -> {
            synchronized (state) {
                state.window.clear();
            }
        });
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

    private static String requestCountMessage(ThrottlingSettings s) {
        return "Number of requests exceeded the limit of " + s.rateLimit().maxRequests() + " over time window of "
                + s.rateLimit().windowSeconds() + " seconds.";
    }

    private static Refused refused(Reason reason, String code, String message, long retryAfterSeconds) {
        return new Refused(reason, DataverseError.of(HttpStatus.TOO_MANY_REQUESTS, code, message)
                .withHeader("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** Whole seconds, rounded up, at least one: a client that waits that long finds a free slot. */
    static long ceilSeconds(Duration wait) {
        long nanos = Math.max(0, wait.toNanos());
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private static final class UserState {
        private final Deque<Instant> window = new ArrayDeque<>();
        private int inFlight;
    }
}
