package dev.dataverseemulator.throttling;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

/**
 * Counters of the emulator's traffic, for benchmarks and tests
 * ({@code GET /_emulator/stats}).
 */
@Component
public class EmulatorStats {

	private final LongAdder tokenRequests = new LongAdder();

	private final LongAdder dataverseRequests = new LongAdder();

	private final LongAdder unauthorized = new LongAdder();

	private final Map<ThrottlingGate.Reason, LongAdder> throttled = new ConcurrentHashMap<>();

	private final Map<ThrottlingGate.Reason, LongAdder> randomlyThrottled = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> byEntitySet = new ConcurrentHashMap<>();

	private final Map<Integer, LongAdder> byWebServer = new ConcurrentHashMap<>();

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

	/** An authenticated call reached this web server (admitted or refused there). */
	public void servedBy(int webServer) {
		byWebServer.computeIfAbsent(webServer, s -> new LongAdder()).increment();
	}

	/**
	 * A 429, by the limit its code names; random ones are counted apart from the earned
	 * ones.
	 */
	public void throttled(ThrottlingGate.Reason reason, boolean random) {
		(random ? randomlyThrottled : throttled).computeIfAbsent(reason, r -> new LongAdder()).increment();
	}

	public void reset() {
		tokenRequests.reset();
		dataverseRequests.reset();
		unauthorized.reset();
		throttled.clear();
		randomlyThrottled.clear();
		byEntitySet.clear();
		byWebServer.clear();
	}

	public Snapshot snapshot(int inFlight) {
		Map<String, Long> sets = new TreeMap<>();
		byEntitySet.forEach((set, n) -> sets.put(set, n.sum()));
		Map<Integer, Long> servers = new TreeMap<>();
		byWebServer.forEach((server, n) -> servers.put(server, n.sum()));
		ByLimit random = byLimit(randomlyThrottled);
		ByLimit earned = byLimit(throttled);
		Throttled byReason = new Throttled(earned.requestCount(), earned.executionTime(), earned.concurrency(),
				random.total());
		return new Snapshot(tokenRequests.sum(), dataverseRequests.sum(), unauthorized.sum(),
				earned.total() + random.total(), byReason, random, inFlight, sets, servers);
	}

	private static ByLimit byLimit(Map<ThrottlingGate.Reason, LongAdder> counts) {
		return new ByLimit(count(counts, ThrottlingGate.Reason.REQUEST_COUNT),
				count(counts, ThrottlingGate.Reason.EXECUTION_TIME), count(counts, ThrottlingGate.Reason.CONCURRENCY));
	}

	private static long count(Map<ThrottlingGate.Reason, LongAdder> counts, ThrottlingGate.Reason reason) {
		LongAdder n = counts.get(reason);
		return n == null ? 0 : n.sum();
	}

	/**
	 * The counters at one moment.
	 *
	 * @param dataverseRequests calls under {@code /api/data/}, refused ones included
	 * @param throttled 429s answered, random ones included
	 * @param randomByReason the random 429s by the code they carried
	 * @param inFlight Dataverse calls admitted and not yet answered
	 * @param byWebServer authenticated calls by the web server (0-based) that answered
	 * them
	 */
	public record Snapshot(long tokenRequests, long dataverseRequests, long unauthorized, long throttled,
			Throttled throttledByReason, ByLimit randomByReason, int inFlight, Map<String, Long> byEntitySet,
			Map<Integer, Long> byWebServer) {
	}

	/** 429s by the limit that refused them, and the random ones. */
	public record Throttled(long requestCount, long executionTime, long concurrency, long random) {
	}

	/** Counts by the three limits' codes. */
	public record ByLimit(long requestCount, long executionTime, long concurrency) {

		long total() {
			return requestCount + executionTime + concurrency;
		}
	}

}
