package dev.dataverseemulator.entity;

import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one writable entity set adds to plain storage: defaults, business rules, deferred
 * changes.
 */
interface EntityRules {

	EntityDefinition entity();

	/** Attribute values a new record starts with. */
	ObjectNode defaults();

	/**
	 * Checks a new record and sets derived attributes; {@code record} is defaults plus
	 * {@code changes}.
	 */
	void onCreate(ObjectNode changes, ObjectNode record, Instant now);

	/**
	 * Checks an update and sets derived attributes on {@code merged} (current plus
	 * changes).
	 */
	void onUpdate(StoredRecord current, ObjectNode changes, ObjectNode merged, Instant now);

	void onDelete(StoredRecord current);

	/**
	 * Whether an update takes the record live or stops it, which needs the publish
	 * privilege besides write.
	 */
	default boolean publishes(StoredRecord current, ObjectNode changes) {
		return false;
	}

	/** Whether deferred changes are due; cheap, called before every read. */
	boolean hasDue(Instant now);

	/**
	 * Applies the deferred changes due by {@code now}; runs inside
	 * {@link RecordStore#write}.
	 */
	void materialise(Instant now);

	/** Forgets deferred changes (the store is being reseeded). */
	void reset();

}
