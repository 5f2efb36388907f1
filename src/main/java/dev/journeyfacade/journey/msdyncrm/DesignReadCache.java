package dev.journeyfacade.journey.msdyncrm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What a stored workflow definition reads as, remembered by the definition's exact text:
 * reading one proves that every tile writes back to the same JSON, which costs far more
 * than the rest of a GET, while a journey's definition changes rarely and is read often.
 * Keyed by the whole text, never by id or ETag, so a changed definition can only miss: it
 * is never answered with the tree of another version. Bounded by the text it holds; when
 * a new entry would pass the bound, the cache starts over. The values must be immutable.
 */
final class DesignReadCache<V> {

	private final long maxChars;

	private final Map<String, V> entries = new ConcurrentHashMap<>();

	private final AtomicLong chars = new AtomicLong();

	/**
	 * @param maxChars the most definition text held at once; a longer definition is read
	 * but not kept
	 */
	DesignReadCache(long maxChars) {
		this.maxChars = maxChars;
	}

	/**
	 * The value read from this definition: remembered, or read now (and remembered when
	 * it fits).
	 */
	V get(String definition, Function<String, V> read) {
		V known = entries.get(definition);
		if (known != null) {
			return known;
		}
		V value = read.apply(definition);
		if (definition.length() <= maxChars) {
			if (chars.addAndGet(definition.length()) > maxChars) {
				entries.clear();
				chars.set(definition.length());
			}
			if (entries.putIfAbsent(definition, value) != null) {
				chars.addAndGet(-definition.length()); // another request put it first
			}
		}
		return value;
	}

	/** How many definitions are remembered. */
	int size() {
		return entries.size();
	}

}
