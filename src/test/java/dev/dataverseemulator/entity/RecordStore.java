package dev.dataverseemulator.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's tables, in memory. Reads are lock-free over immutable snapshots; every
 * write (and every check-then-write, like "create unless it exists") runs inside
 * {@link #write}, one at a time, so row versions and preconditions stay consistent under
 * concurrent requests.
 */
@Component
public class RecordStore {

	private final Map<String, ConcurrentMap<UUID, StoredRecord>> tables = new ConcurrentHashMap<>();

	// one counter for all tables, like SQL Server's rowversion
	private final AtomicLong rowVersion = new AtomicLong(3_000_000);

	private final ReentrantLock writeLock = new ReentrantLock();

	/** Runs a compound write atomically with respect to other writes. */
	public <T> T write(Supplier<T> operation) {
		writeLock.lock();
		try {
			return operation.get();
		}
		finally {
			writeLock.unlock();
		}
	}

	public Optional<StoredRecord> find(String entitySet, UUID id) {
		return Optional.ofNullable(table(entitySet).get(id));
	}

	public boolean exists(String entitySet, UUID id) {
		return table(entitySet).containsKey(id);
	}

	public List<StoredRecord> all(String entitySet) {
		return List.copyOf(table(entitySet).values());
	}

	/**
	 * Stores a new version of a record (insert or replace) with the next row version;
	 * call inside {@link #write}.
	 */
	public StoredRecord put(String entitySet, UUID id, ObjectNode attributes) {
		requireLock();
		StoredRecord stored = new StoredRecord(id, rowVersion.incrementAndGet(), attributes);
		table(entitySet).put(id, stored);
		return stored;
	}

	/** Removes a record; call inside {@link #write}. */
	public boolean remove(String entitySet, UUID id) {
		requireLock();
		return table(entitySet).remove(id) != null;
	}

	/** Empties every table; call inside {@link #write}. */
	public void clear() {
		requireLock();
		tables.clear();
	}

	private ConcurrentMap<UUID, StoredRecord> table(String entitySet) {
		return tables.computeIfAbsent(entitySet, s -> new ConcurrentHashMap<>());
	}

	private void requireLock() {
		if (!writeLock.isHeldByCurrentThread()) {
			throw new IllegalStateException("store writes must run inside RecordStore.write");
		}
	}

}
