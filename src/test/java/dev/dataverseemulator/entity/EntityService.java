package dev.dataverseemulator.entity;

import dev.dataverseemulator.odata.DataverseError;
import dev.dataverseemulator.odata.QueryEngine;
import dev.dataverseemulator.odata.QueryOptions;
import dev.dataverseemulator.security.Access;
import dev.dataverseemulator.security.CallContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create, read, update (upsert) and delete with Dataverse's semantics: client-chosen
 * keys, 412 for a duplicate key or a stale ETag, {@code If-Match: *} /
 * {@code If-None-Match: *} upsert control, {@code createdon}/{@code modifiedon} from the
 * injected clock, and the audit lookups Dataverse sets ({@code createdby} and
 * {@code modifiedby} name the user the call acts as, the {@code …onbehalfby} ones the
 * application user when it impersonates, else null). On
 * {@link EntityDefinition.Trait#SECURED} sets every call is checked against the caller's
 * privileges (403), and lists show only the rows the caller may read. Entity sets without
 * {@link EntityRules} are read-only.
 */
@Service
public class EntityService {

	private static final String OWNER = "_ownerid_value";

	private static final String OWNING_BUSINESS_UNIT = "_owningbusinessunit_value";

	private final RecordStore store;

	private final Map<String, EntityRules> rules;

	private final Clock clock;

	EntityService(RecordStore store, List<EntityRules> rules, Clock clock) {
		this.store = store;
		this.rules = rules.stream()
			.collect(Collectors.toUnmodifiableMap(r -> r.entity().entitySet(), Function.identity()));
		this.clock = clock;
	}

	/**
	 * The outcome of a write: the stored record and whether it was created (an upsert may
	 * create).
	 */
	public record WriteResult(StoredRecord record, boolean created) {
	}

	public StoredRecord retrieve(EntityDefinition entity, UUID id, CallContext caller) {
		catchUp(entity);
		StoredRecord record = store.find(entity.entitySet(), id)
			.orElseThrow(() -> DataverseError.recordNotFound(entity.logicalName(), id));
		if (entity.has(EntityDefinition.Trait.SECURED)) {
			caller.require(Access.READ, entity.logicalName(), target(record.id(), record.attributes()));
		}
		return record;
	}

	public QueryEngine.Page<StoredRecord> query(EntityDefinition entity, QueryOptions query, int pageSize,
			CallContext caller) {
		catchUp(entity);
		List<StoredRecord> rows = store.all(entity.entitySet());
		if (entity.has(EntityDefinition.Trait.SECURED)) {
			caller.require(Access.READ, entity.logicalName(), null);
			rows = rows.stream()
				.filter(r -> caller.mayRead(entity.logicalName(), target(r.id(), r.attributes())))
				.toList();
		}
		return QueryEngine.run(rows, r -> r.attributes()::get, query, entity, pageSize);
	}

	/**
	 * A record by id without any check, for actions and formatted values; deferred
	 * changes are applied first.
	 */
	public Optional<StoredRecord> find(EntityDefinition entity, UUID id) {
		catchUp(entity);
		return store.find(entity.entitySet(), id);
	}

	/** Every record of a set without any check, for actions (name uniqueness). */
	public List<StoredRecord> all(EntityDefinition entity) {
		catchUp(entity);
		return store.all(entity.entitySet());
	}

	/** The primary name of a record, the formatted value of a lookup to it. */
	public Optional<String> nameOf(String entitySet, UUID id) {
		return Entities.bySet(entitySet)
			.flatMap(target -> store.find(entitySet, id)
				.map(r -> r.get(target.primaryName()))
				.filter(v -> v != null && !v.isNull())
				.map(JsonNode::asString));
	}

	/**
	 * POST: a new record; a client-supplied key that exists already is a 412 duplicate.
	 */
	public StoredRecord create(EntityDefinition entity, JsonNode payload, CallContext caller) {
		EntityRules rule = writable(entity);
		ObjectNode changes = PayloadReader.read(entity, payload, store::exists);
		JsonNode key = changes.get(entity.primaryKey());
		if (key != null && key.isNull()) {
			throw DataverseError.badPayload("The primary key '" + entity.primaryKey() + "' cannot be null.");
		}
		UUID id = key != null ? UUID.fromString(key.asString()) : UUID.randomUUID();
		return store.write(() -> {
			if (store.exists(entity.entitySet(), id)) {
				throw DataverseError.duplicateKey();
			}
			return insert(rule, entity, id, changes, caller);
		});
	}

	/**
	 * A record an action builds (attributes by their read names, already valid), created
	 * with the rules, stamps and checks of a POST. Call inside {@link RecordStore#write}
	 * when the action checks something first.
	 */
	public StoredRecord createFromAction(EntityDefinition entity, ObjectNode attributes, CallContext caller) {
		EntityRules rule = writable(entity);
		UUID id = UUID.randomUUID();
		return store.write(() -> insert(rule, entity, id, attributes, caller));
	}

	/**
	 * PATCH: updates, or creates when absent. {@code If-None-Match: *} allows only the
	 * create (412 if it exists); {@code If-Match} allows only the update (404 if absent)
	 * and, with an ETag, only of that version.
	 */
	public WriteResult upsert(EntityDefinition entity, UUID id, JsonNode payload, String ifMatch, String ifNoneMatch,
			CallContext caller) {
		EntityRules rule = writable(entity);
		ObjectNode changes = PayloadReader.read(entity, payload, store::exists);
		JsonNode key = changes.remove(entity.primaryKey());
		if (key != null && !key.isNull() && !UUID.fromString(key.asString()).equals(id)) {
			throw DataverseError.badPayload(
					"The key in the body (" + key.asString() + ") differs from the key in the URL (" + id + ").");
		}
		return store.write(() -> {
			Instant now = clock.instant();
			rule.materialise(now);
			Optional<StoredRecord> current = store.find(entity.entitySet(), id);
			if (isStar(ifNoneMatch)) {
				if (current.isPresent()) {
					throw DataverseError.duplicateKey();
				}
				return new WriteResult(insert(rule, entity, id, changes, caller), true);
			}
			if (ifMatch != null) {
				StoredRecord existing = current
					.orElseThrow(() -> DataverseError.recordNotFound(entity.logicalName(), id));
				requireMatch(ifMatch, existing);
			}
			if (current.isEmpty()) {
				return new WriteResult(insert(rule, entity, id, changes, caller), true);
			}
			StoredRecord existing = current.get();
			if (entity.has(EntityDefinition.Trait.SECURED)) {
				CallContext.Target target = target(id, existing.attributes());
				caller.require(Access.WRITE, entity.logicalName(), target);
				if (rule.publishes(existing, changes)) {
					caller.require(Access.PUBLISH, entity.logicalName(), target);
				}
			}
			ObjectNode merged = existing.attributes().deepCopy();
			merged.setAll(changes);
			rule.onUpdate(existing, changes, merged, now);
			if (changes.has(OWNER)) {
				merged.set(OWNING_BUSINESS_UNIT, businessUnitOf(changes.get(OWNER)));
			}
			merged.put("modifiedon", PayloadReader.format(now));
			stamp(entity, merged, "_modifiedby_value", caller.userId());
			stamp(entity, merged, "_modifiedonbehalfby_value", caller.onBehalfOf());
			return new WriteResult(store.put(entity.entitySet(), id, merged), false);
		});
	}

	/** DELETE: 404 when absent, 412 when {@code If-Match} names another version. */
	public void delete(EntityDefinition entity, UUID id, String ifMatch, CallContext caller) {
		EntityRules rule = writable(entity);
		store.write(() -> {
			rule.materialise(clock.instant());
			StoredRecord existing = store.find(entity.entitySet(), id)
				.orElseThrow(() -> DataverseError.recordNotFound(entity.logicalName(), id));
			if (entity.has(EntityDefinition.Trait.SECURED)) {
				caller.require(Access.DELETE, entity.logicalName(), target(id, existing.attributes()));
			}
			if (ifMatch != null) {
				requireMatch(ifMatch, existing);
			}
			rule.onDelete(existing);
			return store.remove(entity.entitySet(), id);
		});
	}

	/** Empties the store and loads the seed data again. */
	public void reset(SeedData seed) {
		store.write(() -> {
			store.clear();
			rules.values().forEach(EntityRules::reset);
			seed.load(store, clock.instant());
			return null;
		});
	}

	/**
	 * Whether an {@code If-Match}/{@code If-None-Match} value names this record's version
	 * ({@code *} names any).
	 */
	public static boolean matches(String header, StoredRecord record) {
		for (String tag : header.split(",")) {
			String t = tag.trim();
			if (t.equals("*")) {
				return true;
			}
			if (t.startsWith("W/")) {
				t = t.substring(2);
			}
			if (t.equals("\"" + record.version() + "\"")) {
				return true;
			}
		}
		return false;
	}

	/** What an access check needs of a record: its id, owner and owning business unit. */
	public static CallContext.Target target(UUID id, ObjectNode attributes) {
		return new CallContext.Target(id, uuid(attributes.get(OWNER)), uuid(attributes.get(OWNING_BUSINESS_UNIT)));
	}

	private StoredRecord insert(EntityRules rule, EntityDefinition entity, UUID id, ObjectNode changes,
			CallContext caller) {
		Instant now = clock.instant();
		ObjectNode record = rule.defaults();
		record.put(entity.primaryKey(), id.toString());
		record.setAll(changes);
		record.put(entity.primaryKey(), id.toString());
		if (entity.readableAttributes().contains(OWNER) && uuid(record.get(OWNER)) == null) {
			record.put(OWNER, caller.userId().toString()); // the caller owns what it
															// creates
		}
		if (entity.readableAttributes().contains(OWNING_BUSINESS_UNIT)
				&& uuid(record.get(OWNING_BUSINESS_UNIT)) == null) {
			record.set(OWNING_BUSINESS_UNIT, businessUnitOf(record.get(OWNER)));
		}
		if (entity.has(EntityDefinition.Trait.SECURED)) {
			caller.require(Access.CREATE, entity.logicalName(), target(null, record));
		}
		rule.onCreate(changes, record, now);
		record.put("createdon", PayloadReader.format(now));
		record.put("modifiedon", PayloadReader.format(now));
		stamp(entity, record, "_createdby_value", caller.userId());
		stamp(entity, record, "_modifiedby_value", caller.userId());
		stamp(entity, record, "_createdonbehalfby_value", caller.onBehalfOf());
		stamp(entity, record, "_modifiedonbehalfby_value", caller.onBehalfOf());
		return store.put(entity.entitySet(), id, record);
	}

	/**
	 * The business unit of the user a lookup value names (Dataverse gives a record its
	 * owner's business unit).
	 */
	private JsonNode businessUnitOf(JsonNode owner) {
		UUID user = uuid(owner);
		JsonNode unit = user == null ? null
				: store.find(Entities.SYSTEM_USERS.entitySet(), user)
					.map(u -> u.get("_businessunitid_value"))
					.orElse(null);
		return unit == null ? NullNode.getInstance() : unit;
	}

	/** Sets an audit attribute if the entity has it; null clears it. */
	private static void stamp(EntityDefinition entity, ObjectNode record, String attribute, UUID value) {
		if (entity.lookupByValueAttribute(attribute).isPresent()) {
			if (value == null) {
				record.putNull(attribute);
			}
			else {
				record.put(attribute, value.toString());
			}
		}
	}

	private static UUID uuid(JsonNode value) {
		return value == null || value.isNull() || value.asString().isBlank() ? null : UUID.fromString(value.asString());
	}

	private static void requireMatch(String ifMatch, StoredRecord existing) {
		if (!matches(ifMatch, existing)) {
			throw DataverseError.etagMismatch();
		}
	}

	private static boolean isStar(String header) {
		return header != null && header.trim().equals("*");
	}

	private EntityRules writable(EntityDefinition entity) {
		EntityRules rule = rules.get(entity.entitySet());
		if (rule == null) {
			throw DataverseError.of(HttpStatus.METHOD_NOT_ALLOWED, DataverseError.QUERY_ERROR,
					"The emulator serves '" + entity.entitySet() + "' read-only.");
		}
		return rule;
	}

	/**
	 * Applies deferred changes (journeys going live or stopping) that are due, before
	 * anyone reads.
	 */
	private void catchUp(EntityDefinition entity) {
		EntityRules rule = rules.get(entity.entitySet());
		Instant now = clock.instant();
		if (rule != null && rule.hasDue(now)) {
			store.write(() -> {
				rule.materialise(now);
				return null;
			});
		}
	}

}
