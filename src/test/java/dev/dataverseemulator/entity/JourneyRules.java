package dev.dataverseemulator.entity;

import dev.dataverseemulator.EmulatorProperties;
import dev.dataverseemulator.odata.DataverseError;
import dev.dataverseemulator.odata.Values;
import dev.dataverseemulator.validation.JourneyDraft;
import dev.dataverseemulator.validation.JourneyValidator;
import dev.dataverseemulator.validation.ValidationResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journey's lifecycle as Dataverse runs it. Going live and Stopping are requests:
 * after the configured delay the journey moves on by itself (to Live when it passes the
 * checks, else Error; to Stopped). The move is kept as a due time and applied when the
 * journey is next read, so a test clock decides when it happens and nothing sleeps.
 * Running journeys lock their fields and cannot be deleted.
 */
@Slf4j
@Component
class JourneyRules implements EntityRules {

	private static final Set<String> STATUS_ATTRIBUTES = Set.of("statuscode", "statecode");

	private final RecordStore store;

	private final JourneyValidator validator;

	private final Duration delay;

	private final DeferredTransitions due = new DeferredTransitions();

	JourneyRules(RecordStore store, JourneyValidator validator, EmulatorProperties properties) {
		this.store = store;
		this.validator = validator;
		this.delay = properties.lifecycleDelay();
	}

	@Override
	public EntityDefinition entity() {
		return Entities.JOURNEYS;
	}

	@Override
	public ObjectNode defaults() {
		ObjectNode defaults = JsonNodeFactory.instance.objectNode();
		defaults.put("statuscode", JourneyStatus.DRAFT);
		defaults.put("statecode", 0);
		defaults.put("msdyncrm_type", 192350000);
		defaults.put("msdyncrm_entitytarget", 0);
		defaults.put("msdyncrm_isrecurring", false);
		return defaults;
	}

	@Override
	public void onCreate(ObjectNode changes, ObjectNode record, Instant now) {
		requireName(record.get("msdyncrm_name"));
		int status = record.get("statuscode").intValue();
		if (status != JourneyStatus.DRAFT) {
			throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.INVALID_ARGUMENT,
					"A customer journey is created as " + JourneyStatus.label(JourneyStatus.DRAFT) + ", not as "
							+ JourneyStatus.label(status) + ".");
		}
		deriveState(changes, record, status);
	}

	@Override
	public void onUpdate(StoredRecord current, ObjectNode changes, ObjectNode merged, Instant now) {
		int from = current.get("statuscode").intValue();
		if (JourneyStatus.isLocked(from)) {
			for (Map.Entry<String, JsonNode> change : changes.properties()) {
				JsonNode before = current.get(change.getKey());
				boolean same = change.getValue().equals(before == null ? NullNode.getInstance() : before);
				if (!STATUS_ATTRIBUTES.contains(change.getKey()) && !same) {
					throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.BUSINESS_RULE,
							"The customer journey is " + JourneyStatus.label(from) + " and cannot be changed ('"
									+ change.getKey() + "'). Stop it, or make it Live, editable, first.");
				}
			}
		}
		if (changes.has("msdyncrm_name")) {
			requireName(changes.get("msdyncrm_name"));
		}
		JsonNode requested = changes.get("statuscode");
		if (requested != null && requested.isNull()) {
			throw DataverseError
				.invalidValue("A validation error occurred. The value of 'statuscode' on record of type "
						+ "'msdyncrm_customerjourney' must be set.");
		}
		int to = merged.get("statuscode").intValue();
		if (to != from) {
			if (!JourneyStatus.callerMayMove(from, to)) {
				throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.INVALID_ARGUMENT,
						"The status transition from " + JourneyStatus.label(from) + " to " + JourneyStatus.label(to)
								+ " is not valid for msdyncrm_customerjourney.");
			}
			if (to == JourneyStatus.GOING_LIVE || to == JourneyStatus.STOPPING) {
				due.schedule(current.id(), now.plus(delay));
			}
		}
		deriveState(changes, merged, to);
	}

	@Override
	public void onDelete(StoredRecord current) {
		int status = current.get("statuscode").intValue();
		if (JourneyStatus.refusesDelete(status)) {
			throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.BUSINESS_RULE, "The customer journey is "
					+ JourneyStatus.label(status) + " and cannot be deleted. Stop it first.");
		}
		due.cancel(current.id());
	}

	/** Going live and stopping are the outbound journey's publish and unpublish. */
	@Override
	public boolean publishes(StoredRecord current, ObjectNode changes) {
		JsonNode to = changes.get("statuscode");
		return to != null && to.isIntegralNumber() && to.intValue() != current.get("statuscode").intValue()
				&& (to.intValue() == JourneyStatus.GOING_LIVE || to.intValue() == JourneyStatus.STOPPING);
	}

	@Override
	public boolean hasDue(Instant now) {
		return due.hasDue(now);
	}

	@Override
	public void materialise(Instant now) {
		due.materialise(now,
				(id, at) -> store.find(Entities.JOURNEYS.entitySet(), id).ifPresent(journey -> finish(journey, at)));
	}

	@Override
	public void reset() {
		due.reset();
	}

	private void finish(StoredRecord journey, Instant at) {
		int status = journey.get("statuscode").intValue();
		int next;
		if (status == JourneyStatus.GOING_LIVE) {
			ValidationResult result = validator.validate(draftOf(journey.attributes()));
			next = result.result() == ValidationResult.Severity.Error ? JourneyStatus.ERROR : JourneyStatus.LIVE;
			log.debug("journey {} went {} ({} findings)", journey.id(), JourneyStatus.label(next),
					result.findings().size());
		}
		else if (status == JourneyStatus.STOPPING) {
			next = JourneyStatus.STOPPED;
		}
		else {
			return;
		}
		ObjectNode updated = journey.attributes().deepCopy();
		updated.put("statuscode", next);
		updated.put("statecode", JourneyStatus.stateOf(next));
		updated.put("modifiedon", PayloadReader.format(at));
		store.put(Entities.JOURNEYS.entitySet(), journey.id(), updated);
	}

	/** The checks' view of a stored journey. */
	static JourneyDraft draftOf(ObjectNode journey) {
		return new JourneyDraft(text(journey, "msdyncrm_name"), instant(journey, "msdyncrm_startdatetime"),
				instant(journey, "msdyncrm_enddatetime"),
				journey.path("msdyncrm_isrecurring").isBoolean() ? journey.get("msdyncrm_isrecurring").booleanValue()
						: null,
				integer(journey, "msdyncrm_recurrenceintervaldays"), integer(journey, "msdyncrm_recurrencecount"),
				text(journey, "msdyncrm_workflowdefinition"), id(journey, "_msdyncrm_contentsettingsid_value"),
				id(journey, "_msdyncrm_suppressionsegmentid_value"));
	}

	private static void requireName(JsonNode name) {
		if (name == null || name.isNull() || name.asString().isBlank()) {
			throw DataverseError.invalidValue("A validation error occurred. The value of 'msdyncrm_name' on record of "
					+ "type 'msdyncrm_customerjourney' must be set.");
		}
	}

	/** statecode follows statuscode; a caller may send it only when it agrees. */
	private static void deriveState(ObjectNode changes, ObjectNode record, int status) {
		int state = JourneyStatus.stateOf(status);
		JsonNode sent = changes.get("statecode");
		if (sent != null && (sent.isNull() || sent.intValue() != state)) {
			throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.INVALID_ARGUMENT,
					sent + " is not a valid state code for status " + JourneyStatus.label(status)
							+ " on msdyncrm_customerjourney.");
		}
		record.put("statecode", state);
	}

	private static String text(ObjectNode node, String name) {
		JsonNode v = node.get(name);
		return v == null || v.isNull() ? null : v.asString();
	}

	private static Integer integer(ObjectNode node, String name) {
		JsonNode v = node.get(name);
		return v == null || v.isNull() ? null : v.intValue();
	}

	private static Instant instant(ObjectNode node, String name) {
		String text = text(node, name);
		return text == null ? null : Values.parseInstant(text);
	}

	private static UUID id(ObjectNode node, String name) {
		String text = text(node, name);
		return text == null ? null : UUID.fromString(text);
	}

}
