package dev.dataverseemulator.throttling;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

/** Counters of the emulator's traffic, for benchmarks and tests ({@code GET /_emulator/stats}). */
@Component
public class EmulatorStats {

    private final LongAdder tokenRequests = new LongAdder();
    private final LongAdder dataverseRequests = new LongAdder();
    private final LongAdder unauthorized = new LongAdder();
    private final Map<ThrottlingGate.Reason, LongAdder> throttled = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byEntitySet = new ConcurrentHashMap<>();

    public void tokenRequest() {
        tokenRequests.increment();
    }

    /** A call under {@code /api/data/}, counted before authentication and throttling. */
    public void dataverseRequest(String entitySet) {
        dataverseRequests.increment();
        byEntitySet.computeIfAbsent(entitySet, s -> new LongAdder()).increment();
    }

    public void unauthorized() {
        unauthorized.increment();
    }

    public void throttled(ThrottlingGate.Reason reason) {
        throttled.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    public void reset() {
        tokenRequests.reset();
        dataverseRequests.reset();
        unauthorized.reset();
        throttled.clear();
        byEntitySet.clear();
    }

    public Snapshot snapshot(int inFlight) {
        Map<String, Long> sets = new TreeMap<>();
        byEntitySet.forEach((set, n) -> sets.put(set, n.sum()));
        long requestCount = count(ThrottlingGate.Reason.REQUEST_COUNT);
        long concurrency = count(ThrottlingGate.Reason.CONCURRENCY);
        long random = count(ThrottlingGate.Reason.RANDOM);
        return new Snapshot(tokenRequests.sum(), dataverseRequests.sum(), unauthorized.sum(),
                requestCount + concurrency + random, new Throttled(requestCount, concurrency, random), inFlight, sets);
    }

    private long count(ThrottlingGate.Reason reason) {
        LongAdder n = throttled.get(reason);
        return n == null ? 0 : n.sum();
    }

    /**
     * The counters at one moment.
     *
     * @param dataverseRequests calls under {@code /api/data/}, refused ones included
     * @param throttled         429s answered
     * @param inFlight          Dataverse calls admitted and not yet answered
     */
    public record Snapshot(long tokenRequests, long dataverseRequests, long unauthorized, long throttled,
                           Throttled throttledByReason, int inFlight, Map<String, Long> byEntitySet) {
    }

    /** 429s by the limit that refused them. */
    public record Throttled(long requestCount, long concurrency, long random) {
    }
}
