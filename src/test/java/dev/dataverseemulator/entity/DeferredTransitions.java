package dev.dataverseemulator.entity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Status changes Dataverse makes by itself some time after a request (a journey going
 * live, stopping, publishing), kept as due times and applied when the table is next read
 * or written, so a test clock decides when they happen and nothing sleeps.
 */
final class DeferredTransitions {

	private final Map<UUID, Instant> due = new ConcurrentHashMap<>();

	void schedule(UUID id, Instant at) {
		due.put(id, at);
	}

	void cancel(UUID id) {
		due.remove(id);
	}

	boolean hasDue(Instant now) {
		return due.values().stream().anyMatch(at -> !at.isAfter(now));
	}

	/**
	 * Hands every change due by {@code now} to {@code finish} (record id, the moment it
	 * was due) and forgets it.
	 */
	void materialise(Instant now, BiConsumer<UUID, Instant> finish) {
		due.forEach((id, at) -> {
			if (!at.isAfter(now)) {
				due.remove(id);
				finish.accept(id, at);
			}
		});
	}

	void reset() {
		due.clear();
	}

}
