package dev.dataverseemulator.entity;

import dev.dataverseemulator.odata.DataverseError;
import dev.dataverseemulator.odata.QueryEngine;
import dev.dataverseemulator.odata.QueryOptions;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Create, read, update (upsert) and delete with Dataverse's semantics: client-chosen keys, 412 for a
 * duplicate key or a stale ETag, {@code If-Match: *} / {@code If-None-Match: *} upsert control,
 * {@code createdon}/{@code modifiedon} from the injected clock. Entity sets without {@link EntityRules}
 * are read-only.
 */
@Service
public class EntityService {

    private final RecordStore store;
    private final Map<String, EntityRules> rules;
    private final Clock clock;

    EntityService(RecordStore store, List<EntityRules> rules, Clock clock) {
        this.store = store;
        this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(r -> r.entity().entitySet(), Function.identity()));
        this.clock = clock;
    }

    /** The outcome of a write: the stored record and whether it was created (an upsert may create). */
    public record WriteResult(StoredRecord record, boolean created) {
    }

    public StoredRecord retrieve(EntityDefinition entity, UUID id) {
        catchUp(entity);
        return store.find(entity.entitySet(), id).orElseThrow(() -> DataverseError.recordNotFound(entity.logicalName(), id));
    }

    public QueryEngine.Page<StoredRecord> query(EntityDefinition entity, QueryOptions query, int pageSize) {
        catchUp(entity);
        return QueryEngine.run(store.all(entity.entitySet()), r -> r.attributes()::get, query, entity, pageSize);
    }

    /** POST: a new record; a client-supplied key that exists already is a 412 duplicate. */
    public StoredRecord create(EntityDefinition entity, JsonNode payload) {
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
            return insert(rule, entity, id, changes);
        });
    }

    /**
     * PATCH: updates, or creates when absent. {@code If-None-Match: *} allows only the create (412 if it
     * exists); {@code If-Match} allows only the update (404 if absent) and, with an ETag, only of that version.
     */
    public WriteResult upsert(EntityDefinition entity, UUID id, JsonNode payload, String ifMatch, String ifNoneMatch) {
        EntityRules rule = writable(entity);
        ObjectNode changes = PayloadReader.read(entity, payload, store::exists);
        JsonNode key = changes.remove(entity.primaryKey());
        if (key != null && !key.isNull() && !UUID.fromString(key.asString()).equals(id)) {
            throw DataverseError.badPayload("The key in the body (" + key.asString() + ") differs from the key in the URL ("
                    + id + ").");
        }
        return store.write(() -> {
            Instant now = clock.instant();
            rule.materialise(now);
            Optional<StoredRecord> current = store.find(entity.entitySet(), id);
            if (isStar(ifNoneMatch)) {
                if (current.isPresent()) {
                    throw DataverseError.duplicateKey();
                }
                return new WriteResult(insert(rule, entity, id, changes), true);
            }
            if (ifMatch != null) {
                StoredRecord existing = current.orElseThrow(() -> DataverseError.recordNotFound(entity.logicalName(), id));
                requireMatch(ifMatch, existing);
            }
            if (current.isEmpty()) {
                return new WriteResult(insert(rule, entity, id, changes), true);
            }
            StoredRecord existing = current.get();
            ObjectNode merged = existing.attributes().deepCopy();
            merged.setAll(changes);
            rule.onUpdate(existing, changes, merged, now);
            merged.put("modifiedon", PayloadReader.format(now));
            return new WriteResult(store.put(entity.entitySet(), id, merged), false);
        });
    }

    /** DELETE: 404 when absent, 412 when {@code If-Match} names another version. */
    public void delete(EntityDefinition entity, UUID id, String ifMatch) {
        EntityRules rule = writable(entity);
        store.write(() -> {
            rule.materialise(clock.instant());
            StoredRecord existing = store.find(entity.entitySet(), id)
                    .orElseThrow(() -> DataverseError.recordNotFound(entity.logicalName(), id));
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

    /** Whether an {@code If-Match}/{@code If-None-Match} value names this record's version ({@code *} names any). */
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

    private StoredRecord insert(EntityRules rule, EntityDefinition entity, UUID id, ObjectNode changes) {
        Instant now = clock.instant();
        ObjectNode record = rule.defaults();
        record.put(entity.primaryKey(), id.toString());
        record.setAll(changes);
        record.put(entity.primaryKey(), id.toString());
        rule.onCreate(changes, record, now);
        record.put("createdon", PayloadReader.format(now));
        record.put("modifiedon", PayloadReader.format(now));
        return store.put(entity.entitySet(), id, record);
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

    /** Applies deferred changes (journeys going live or stopping) that are due, before anyone reads. */
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
