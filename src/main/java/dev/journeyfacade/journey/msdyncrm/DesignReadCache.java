package dev.journeyfacade.journey.msdyncrm;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a stored workflow definition reads as, remembered by the definition's exact text:
 * reading one proves that every tile writes back to the same JSON, which costs far more
 * than the rest of a GET, while a journey's definition changes rarely and is read often.
 * Keyed by the whole text, never by id or ETag, so a changed definition can only miss: it
 * is never answered with the tree of another version.
 * <p>
 * Bounded by weight: an entry weighs its text twice over (the text, and the tree read
 * from it, which holds about as much), the least recently used entries leave first, and a
 * definition heavier than a quarter of the bound is read but not kept, so a few large
 * journeys read in turn never push each other out. Reads of different definitions run in
 * parallel; only the bookkeeping is under the lock. The values must be immutable.
 */
final class DesignReadCache<V> {

	/** Entries heavier than this share of the bound are not kept. */
	private static final int LARGEST_SHARE = 4;

	private final long maxWeight;

	private final LinkedHashMap<String, V> entries = new LinkedHashMap<>(16, 0.75f, true);

	private long weight;

	/**
	 * @param maxWeight the most weight held at once, in characters: an entry weighs twice
	 * its definition's length
	 */
	DesignReadCache(long maxWeight) {
		this.maxWeight = maxWeight;
	}

	/**
	 * The value read from this definition: remembered, or read now (and remembered when
	 * it is not too heavy).
	 */
	V get(String definition, Function<String, V> read) {
		synchronized (this) {
			V known = entries.get(definition);
			if (known != null) {
				return known;
			}
		}
		V value = read.apply(definition); // outside the lock: the expensive part
		long entryWeight = weight(definition);
		if (entryWeight <= maxWeight / LARGEST_SHARE) {
			synchronized (this) {
				if (entries.putIfAbsent(definition, value) == null) {
					weight += entryWeight;
					evictBeyondBound();
				}
			}
		}
		return value;
	}

	private void evictBeyondBound() {
		Iterator<Map.Entry<String, V>> eldestFirst = entries.entrySet().iterator();
		while (weight > maxWeight && eldestFirst.hasNext()) {
			weight -= weight(eldestFirst.next().getKey());
			eldestFirst.remove();
		}
	}

	private static long weight(String definition) {
		return 2L * definition.length();
	}

}
