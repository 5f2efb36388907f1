package dev.dataverseemulator.realtime;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.PathNotFoundException;
import dev.dataverseemulator.entity.Entities;
import dev.dataverseemulator.entity.EntityService;
import dev.dataverseemulator.entity.RealtimeJourneyStatus;
import dev.dataverseemulator.entity.RecordStore;
import dev.dataverseemulator.entity.StoredRecord;
import dev.dataverseemulator.odata.Values;
import dev.dataverseemulator.security.Access;
import dev.dataverseemulator.security.CallContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code msdynmkt_CreateJourneyFromTemplate} as Microsoft documents it
 * (learn.microsoft.com/dynamics365/customer-insights/journeys/developer/create-journey-template-api):
 * takes a template's journey JSON (or a journey's), applies the JSONPath modifications
 * (Jayway JsonPath; keys are case-sensitive), checks the result and creates the journey.
 * Every refusal of the action itself is answered as the page shows it: 200 with
 * {@code msdynmkt_isvalid: false} and the codes in {@code msdynmkt_errors}.
 *
 * <p>
 * Which errors create nothing in Draft mode is not documented. The emulator's reading: a
 * request that cannot make a journey (unknown template, bad name, bad modifications,
 * unknown business unit) creates nothing in either mode; the checks of the journey itself
 * (times, segments, messages) create a Draft with its errors listed, as the page's
 * example shows a journey id beside {@code NonExistingSegment}, and create nothing in
 * Publish mode. Draft ignores what the page says it ignores: messages that are not ready
 * to send, and actions still without a message. A Publish that fails those checks
 * answers, as the page's "Error response example" does, a journey id beside
 * {@code msdynmkt_isvalid: false} — the id of a journey that was not saved; a request
 * that cannot make a journey answers a null id (undocumented). Event triggers
 * ({@code NonExistingEvent}, {@code EventNotInLiveState}) and time zones are not checked.
 */
@Component
public class CreateJourneyFromTemplate {

	public static final String ACTION = CreateJourneyRequest.ACTION;

	private static final int MAX_NAME = 150;

	private static final int EVENT_TRIGGER = 3;

	private static final int SEGMENT_ACTIVE = 1;

	private static final List<String> READY_TO_SEND = List.of("2", "3");

	/** Each documented message parameter and the entity set its id names. */
	private static final Map<String, String> MESSAGE_SETS = Map.of("contentId", Entities.RT_EMAILS.entitySet(), "smsId",
			Entities.RT_SMS.entitySet(), "pushNotificationId", Entities.RT_PUSH_NOTIFICATIONS.entitySet());

	private final EntityService entities;

	private final RecordStore store;

	private final JsonMapper json;

	private final Clock clock;

	private final Configuration jsonPath = Configuration.defaultConfiguration();

	CreateJourneyFromTemplate(EntityService entities, RecordStore store, JsonMapper json, Clock clock) {
		this.entities = entities;
		this.store = store;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The action's answer.
	 *
	 * @param journeyId the created journey; for a Publish that failed its checks the id
	 * of one not saved; null when the request could not make one
	 * @param errors empty when the journey is valid
	 */
	public record Outcome(UUID journeyId, List<JourneyError> errors) {

		public boolean valid() {
			return errors.isEmpty();
		}

		/** {@code msdynmkt_errors}: a JSON array in a string. */
		public String errorsJson(JsonMapper json) {
			var array = json.createArrayNode();
			errors.forEach(e -> array.addObject().put("ErrorCode", e.code().name()).put("ErrorMessage", e.message()));
			return json.writeValueAsString(array);
		}
	}

	/**
	 * Runs the action for a caller; a caller without the privileges gets the 403 before
	 * anything is checked.
	 */
	public Outcome run(JsonNode body, CallContext caller) {
		CreateJourneyRequest request = CreateJourneyRequest.parse(body);
		UUID businessUnit = request.businessUnitId() != null ? request.businessUnitId() : caller.businessUnitId();
		CallContext.Target target = new CallContext.Target(null, caller.userId(), businessUnit);
		caller.require(Access.CREATE, Entities.RT_JOURNEYS.logicalName(), target);
		if (request.publish()) {
			caller.require(Access.PUBLISH, Entities.RT_JOURNEYS.logicalName(), target);
		}
		return store.write(() -> create(request, caller));
	}

	private Outcome create(CreateJourneyRequest request, CallContext caller) {
		List<JourneyError> fatal = new ArrayList<>();
		checkName(request.name(), fatal);
		checkBusinessUnit(request.businessUnitId(), fatal);
		Optional<Base> base = base(request.templateId(), fatal);
		JsonNode journey = base.map(b -> modify(b.json(), request.modifications(), fatal)).orElse(null);
		if (journey != null) {
			checkShape(journey, fatal);
		}
		if (!fatal.isEmpty()) {
			return new Outcome(null, List.copyOf(fatal));
		}
		List<JourneyError> errors = new ArrayList<>();
		checkTimes(request, errors);
		checkReferences(journey, base.get().triggerType(), request.publish(), errors);
		if (request.publish() && !errors.isEmpty()) {
			// Publish mode creates nothing that fails validation; the answer still names
			// the id the journey would have had, as the page's "Error response example"
			// shows an id beside isvalid false
			return new Outcome(UUID.randomUUID(), List.copyOf(errors));
		}
		ObjectNode record = json.createObjectNode();
		record.put("msdynmkt_name", request.name());
		record.put("msdynmkt_journeyjson", json.writeValueAsString(journey));
		record.put("msdynmkt_journeystarttime", format(request.start()));
		record.put("msdynmkt_journeyendtime", format(request.end()));
		record.put("msdynmkt_triggertype", base.get().triggerType());
		record.put("statuscode", request.publish() ? RealtimeJourneyStatus.PUBLISHING : RealtimeJourneyStatus.DRAFT);
		record.put("_msdynmkt_templateid_value",
				base.get().templateId() == null ? null : base.get().templateId().toString());
		if (request.businessUnitId() != null) {
			record.put("_owningbusinessunit_value", request.businessUnitId().toString());
		}
		StoredRecord created = entities.createFromAction(Entities.RT_JOURNEYS, record, caller);
		return new Outcome(created.id(), List.copyOf(errors));
	}

	/**
	 * The journey JSON to start from, its trigger type and the template it comes from.
	 */
	private record Base(String json, int triggerType, UUID templateId) {
	}

	private Optional<Base> base(UUID id, List<JourneyError> fatal) {
		Optional<StoredRecord> template = entities.find(Entities.RT_TEMPLATES, id);
		Optional<Base> base = template
			.map(t -> new Base(t.attributes().path("msdynmkt_journeytemplatejson").asString(""),
					t.attributes().path("msdynmkt_triggertype").asInt(0), id));
		if (base.isEmpty()) { // "Parameter also accepts journey id": its JSON is then the
								// base
			base = entities.find(Entities.RT_JOURNEYS, id)
				.map(j -> new Base(j.attributes().path("msdynmkt_journeyjson").asString(""),
						j.attributes().path("msdynmkt_triggertype").asInt(0),
						uuid(j.get("_msdynmkt_templateid_value"))));
		}
		if (base.isEmpty()) {
			fatal.add(JourneyError.Code.InvalidJourneyTemplateId
				.with("No journey template or journey with ID: " + id + " exists."));
		}
		return base;
	}

	private void checkName(String name, List<JourneyError> fatal) {
		if (name.isBlank()) {
			fatal.add(JourneyError.Code.EmptyJourneyName.with("Journey name cannot be empty."));
			return;
		}
		if (name.length() > MAX_NAME) {
			fatal.add(JourneyError.Code.UnableToApplyJourneyEntityFieldChanges.with("The journey name is "
					+ name.length() + " characters long; msdynmkt_name takes at most " + MAX_NAME + "."));
		}
		// unique as Dataverse compares text: without regard to case
		boolean taken = entities.all(Entities.RT_JOURNEYS)
			.stream()
			.anyMatch(j -> name.equalsIgnoreCase(j.attributes().path("msdynmkt_name").asString("")));
		if (taken) {
			fatal.add(JourneyError.Code.DuplicateJourneyName.with("A journey named '" + name + "' already exists."));
		}
	}

	private void checkBusinessUnit(UUID businessUnit, List<JourneyError> fatal) {
		if (businessUnit == null) {
			return;
		}
		if (businessUnit.equals(new UUID(0, 0))) {
			fatal.add(JourneyError.Code.InvalidBusinessUnit.with("Owning business unit ID cannot be empty."));
		}
		else if (entities.find(Entities.BUSINESS_UNITS, businessUnit).isEmpty()) {
			fatal.add(JourneyError.Code.NonExistingBusinessUnit
				.with("Business unit with ID: " + businessUnit + " does not exist."));
		}
	}

	/** The base JSON with every modification applied; null after an error. */
	private JsonNode modify(String base, String modifications, List<JourneyError> fatal) {
		JsonNode parsed = parseObject(base);
		if (parsed == null) {
			fatal.add(JourneyError.Code.InvalidJourneyJsonInTemplate
				.with("The template's journey JSON is not a JSON object."));
			return null;
		}
		if (modifications == null || modifications.isBlank()) {
			return parsed;
		}
		JsonNode changes = parseObject(modifications);
		if (changes == null) {
			fatal.add(JourneyError.Code.InvalidJsonPathModifications
				.with("msdynmkt_jsonpathmodifications is not a JSON object" + " of JSONPath expressions and values: "
						+ modifications));
			return null;
		}
		int errorsBefore = fatal.size();
		DocumentContext document = JsonPath.using(jsonPath).parse(base);
		for (Map.Entry<String, JsonNode> change : changes.properties()) {
			String key = change.getKey();
			try {
				JsonPath path = JsonPath.compile(key);
				Object found = document.read(path);
				if (!path.isDefinite() && found instanceof List<?> matches && matches.isEmpty()) {
					throw new PathNotFoundException(key);
				}
				document.set(path, json.convertValue(change.getValue(), Object.class));
			}
			catch (PathNotFoundException e) {
				fatal.add(JourneyError.Code.InvalidJsonPath
					.with("JSONPath " + key + " was not found in the journey JSON."));
			}
			catch (InvalidPathException e) {
				fatal.add(JourneyError.Code.UnableToSelectJsonToken
					.with("Unable to select " + key + " in the journey JSON: " + e.getMessage()));
			}
			catch (JsonPathException e) {
				fatal.add(
						JourneyError.Code.UnableToSelectJsonToken.with("Unable to set " + key + ": " + e.getMessage()));
			}
		}
		return fatal.size() == errorsBefore ? parseObject(document.jsonString()) : null;
	}

	/** The documented paths must still hold what they are documented to hold. */
	private static void checkShape(JsonNode journey, List<JourneyError> fatal) {
		JsonNode audience = journey.path("trigger").path("audience");
		if (!audience.isMissingNode() && !audience.isNull() && !audience.isString()) {
			fatal.add(shapeError("$.trigger.audience", "a segment id"));
		}
		for (String path : List.of("/trigger/exclusionSegments", "/exitCriteria/suppressionSegments")) {
			JsonNode segments = journey.at(path);
			if (!segments.isMissingNode() && !segments.isNull() && !(segments.isArray() && allStrings(segments))) {
				fatal.add(shapeError("$" + path.replace('/', '.'), "an array of segment ids"));
			}
		}
		JsonNode actions = journey.path("actions");
		if (!actions.isMissingNode() && !actions.isObject()) {
			fatal.add(shapeError("$.actions", "an object of actions by id"));
			return;
		}
		for (Map.Entry<String, JsonNode> action : actions.properties()) {
			for (String parameter : MESSAGE_SETS.keySet()) {
				JsonNode id = action.getValue().path("parameters").path(parameter);
				if (!id.isMissingNode() && !id.isNull() && !id.isString()) {
					fatal.add(
							shapeError("$.actions['" + action.getKey() + "'].parameters." + parameter, "a message id"));
				}
			}
		}
	}

	private void checkTimes(CreateJourneyRequest request, List<JourneyError> errors) {
		Instant now = clock.instant();
		if (request.start() != null && !request.start().isAfter(now)) {
			errors.add(JourneyError.Code.InvalidStartTime.with("Journey start time cannot be in the past."));
		}
		if (request.end() != null && !request.end().isAfter(now)) {
			errors.add(JourneyError.Code.InvalidEndTime.with("Journey end time cannot be in the past."));
		}
		if (request.start() != null && request.end() != null && !request.end().isAfter(request.start())) {
			errors.add(JourneyError.Code.InvalidTimeRange.with("Journey start time must be before end time."));
		}
	}

	private void checkReferences(JsonNode journey, int triggerType, boolean publish, List<JourneyError> errors) {
		JsonNode audience = journey.path("trigger").path("audience");
		if (audience.isString()) {
			checkSegment(audience.asString(), errors);
		}
		else if (triggerType != EVENT_TRIGGER) {
			errors.add(JourneyError.Code.InvalidDefinition
				.with("The journey has no audience: set $.trigger.audience to a" + " segment id."));
		}
		journey.at("/trigger/exclusionSegments").forEach(s -> checkSegment(s.asString(), errors));
		journey.at("/exitCriteria/suppressionSegments").forEach(s -> checkSegment(s.asString(), errors));
		for (Map.Entry<String, JsonNode> action : journey.path("actions").properties()) {
			MESSAGE_SETS.forEach((parameter, set) -> {
				JsonNode id = action.getValue().path("parameters").path(parameter);
				if (id.isNull() && publish) {
					errors.add(JourneyError.Code.NonExistingMessage
						.with("Action " + action.getKey() + " has no message (" + parameter + ")."));
				}
				else if (id.isString()) {
					checkMessage(set, id.asString(), publish, errors);
				}
			});
		}
	}

	private void checkSegment(String id, List<JourneyError> errors) {
		Optional<StoredRecord> segment = record(Entities.RT_SEGMENTS.entitySet(), id);
		if (segment.isEmpty()) {
			errors.add(JourneyError.Code.NonExistingSegment.with("Segment with ID: " + id + " does not exist."));
		}
		else if (segment.get().get("statuscode").asInt() != SEGMENT_ACTIVE) {
			errors
				.add(JourneyError.Code.SegmentNotInLiveState.with("Segment with ID: " + id + " is not in Live state."));
		}
	}

	private void checkMessage(String set, String id, boolean publish, List<JourneyError> errors) {
		Optional<StoredRecord> message = record(set, id);
		if (message.isEmpty()) {
			errors.add(JourneyError.Code.NonExistingMessage.with("Message with ID: " + id + " does not exist."));
		}
		else if (publish && !READY_TO_SEND.contains(message.get().get("statuscode").asString())) {
			errors.add(JourneyError.Code.NotReadyToSendMessageState
				.with("Message with ID: " + id + " is not in 'Ready to send' state."));
		}
	}

	private Optional<StoredRecord> record(String entitySet, String id) {
		UUID key = Values.parseGuid(id);
		return key == null ? Optional.empty() : store.find(entitySet, key);
	}

	private JsonNode parseObject(String text) {
		try {
			JsonNode node = json.readTree(text);
			return node != null && node.isObject() ? node : null;
		}
		catch (JacksonException e) {
			return null;
		}
	}

	private static boolean allStrings(JsonNode array) {
		for (JsonNode item : array) {
			if (!item.isString()) {
				return false;
			}
		}
		return true;
	}

	private static JourneyError shapeError(String path, String expected) {
		return JourneyError.Code.InvalidJsonAfterModificationApplied
			.with("After the modifications " + path + " is no longer " + expected + ".");
	}

	private static String format(Instant instant) {
		return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	private static UUID uuid(JsonNode value) {
		return value == null || value.isNull() ? null : Values.parseGuid(value.asString());
	}

}
