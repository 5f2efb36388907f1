package dev.dataverseemulator.entity;

import dev.dataverseemulator.EmulatorProperties;
import dev.dataverseemulator.odata.DataverseError;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real-time journey's life in the emulator: created by
 * {@code msdynmkt_CreateJourneyFromTemplate} as Draft, or as Publishing, which turns Live
 * by itself after the configured delay (the emulator's stand-in for a publish that
 * Microsoft does not document); statecode always follows statuscode. Running journeys
 * cannot be deleted (the emulator's rule: Microsoft documents none). Updates are not
 * emulated (the journey JSON's schema is not public).
 */
@Component
class RealtimeJourneyRules implements EntityRules {

	private final RecordStore store;

	private final Duration delay;

	private final DeferredTransitions due = new DeferredTransitions();

	RealtimeJourneyRules(RecordStore store, EmulatorProperties properties) {
		this.store = store;
		this.delay = properties.lifecycleDelay();
	}

	@Override
	public EntityDefinition entity() {
		return Entities.RT_JOURNEYS;
	}

	@Override
	public ObjectNode defaults() {
		ObjectNode defaults = JsonNodeFactory.instance.objectNode();
		defaults.put("statuscode", RealtimeJourneyStatus.DRAFT);
		defaults.put("msdynmkt_triggertype", 0);
		return defaults;
	}

	@Override
	public void onCreate(ObjectNode changes, ObjectNode record, Instant now) {
		JsonNode name = record.get("msdynmkt_name");
		if (name == null || name.isNull() || name.asString().isBlank()) {
			throw DataverseError
				.invalidValue("A validation error occurred. The value of 'msdynmkt_name' on record of type "
						+ "'msdynmkt_journey' must be set.");
		}
		int status = record.get("statuscode").intValue();
		if (status != RealtimeJourneyStatus.DRAFT && status != RealtimeJourneyStatus.PUBLISHING) {
			throw new IllegalStateException("a real-time journey is created as Draft or Publishing, not " + status);
		}
		record.put("statecode", RealtimeJourneyStatus.stateOf(status));
		if (status == RealtimeJourneyStatus.PUBLISHING) {
			due.schedule(UUID.fromString(record.get("msdynmkt_journeyid").asString()), now.plus(delay));
		}
	}

	@Override
	public void onUpdate(StoredRecord current, ObjectNode changes, ObjectNode merged, Instant now) {
		throw DataverseError.notEmulated("updates of msdynmkt_journeys (the journey JSON's schema is not documented)");
	}

	@Override
	public void onDelete(StoredRecord current) {
		int status = current.get("statuscode").intValue();
		if (RealtimeJourneyStatus.refusesDelete(status)) {
			throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.BUSINESS_RULE,
					"The journey is " + RealtimeJourneyStatus.label(status) + " and cannot be deleted. Stop it first.");
		}
		due.cancel(current.id());
	}

	@Override
	public boolean hasDue(Instant now) {
		return due.hasDue(now);
	}

	@Override
	public void materialise(Instant now) {
		due.materialise(now, (id, at) -> store.find(Entities.RT_JOURNEYS.entitySet(), id).ifPresent(journey -> {
			if (journey.get("statuscode").intValue() == RealtimeJourneyStatus.PUBLISHING) {
				ObjectNode updated = journey.attributes().deepCopy();
				updated.put("statuscode", RealtimeJourneyStatus.LIVE);
				updated.put("statecode", RealtimeJourneyStatus.stateOf(RealtimeJourneyStatus.LIVE));
				updated.put("modifiedon", PayloadReader.format(at));
				store.put(Entities.RT_JOURNEYS.entitySet(), id, updated);
			}
		}));
	}

	@Override
	public void reset() {
		due.reset();
	}

}
