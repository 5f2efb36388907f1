package dev.journeyfacade.journey;

import dev.journeyfacade.web.InvalidFields;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks request bodies before anything is stored, so that one 400 lists every bad field:
 * the Bean Validation constraints, the rules between fields, and the backend's checks of
 * the design ({@link JourneyStore#checkDesign}). An update body is read as a JSON merge
 * patch (RFC 7396, ADR 7) against the current journey; it arrives as a tree rather than a
 * record because a record cannot tell an absent field (unchanged) from a null one
 * (cleared), and unknown and read-only fields and wrong types are reported field by field
 * too.
 */
@Component
class JourneyInput {

	static final String ENDS_TOO_EARLY = "must be after startsAt";
	static final String STARTS_TOO_LATE = "must be before endsAt";

	static final String OBJECT_NAME = "updateJourneyRequest";
	static final String NEW_OBJECT_NAME = "createJourneyRequest";

	private static final Map<String, String> READ_ONLY = Map.of("id", "is read-only: the id is in the URL", "status",
			"cannot be changed by an update: use POST " + JourneyPaths.JOURNEYS + "/{id}/publish or /stop", "etag",
			"is read-only: send the version in the If-Match header", "createdAt", "is read-only", "modifiedAt",
			"is read-only", "designProblems",
			"is read-only: it says why the stored workflow definition cannot be read as a design");

	private static final String RECURRENCE = "recurrence";

	private static final String STARTS_AT = "startsAt";

	private static final String ENDS_AT = "endsAt";

	/** The record components whose fields the JSON has unwrapped. */
	private static final String SETTINGS = "settings";

	private static final String TEXT = "text";

	private static final Set<String> RECURRENCE_FIELDS = Arrays.stream(Recurrence.class.getRecordComponents())
		.map(c -> c.getName())
		.collect(Collectors.toSet());

	private final JsonMapper jsonMapper;

	private final Validator validator;

	private final JourneyStore store;

	/** The design fields of a body by their API names: design and the backend's text. */
	private final Set<String> designFields;

	/**
	 * Each field an update may change, with its type, by its API name: the settings and
	 * the backend's design text are unwrapped in the JSON.
	 */
	private final Map<String, Class<?>> types;

	JourneyInput(JsonMapper jsonMapper, Validator validator, JourneyStore store) {
		this.jsonMapper = jsonMapper;
		this.validator = validator;
		this.store = store;
		Class<? extends DesignText> text = store.designTextType();
		List<RecordComponent> textFields = text == null ? List.of() : Arrays.asList(text.getRecordComponents());
		this.types = Stream
			.of(Arrays.stream(UpdateJourneyRequest.class.getRecordComponents())
				.filter(c -> !c.getName().equals(SETTINGS) && !c.getName().equals(TEXT)),
					Arrays.stream(JourneySettings.class.getRecordComponents()), textFields.stream())
			.flatMap(components -> components)
			.collect(Collectors.toMap(c -> c.getName(), c -> c.getType(), (a, b) -> a, LinkedHashMap::new));
		Set<String> design = new LinkedHashSet<>();
		design.add(DesignFields.DESIGN);
		textFields.forEach(c -> design.add(c.getName()));
		this.designFields = Collections.unmodifiableSet(design);
	}

	/**
	 * A new journey (or a draft to check): its constraints, its period and its design.
	 * @throws InvalidFields listing every problem, when there is one
	 */
	void checkNew(CreateJourneyRequest journey) {
		BindingResult errors = new MapBindingResult(new LinkedHashMap<>(), NEW_OBJECT_NAME);
		for (ConstraintViolation<CreateJourneyRequest> violation : validator.validate(journey)) {
			reject(errors, jsonPath(violation), violation.getInvalidValue(), violation.getMessage());
		}
		if (JourneyTimes.endsTooEarly(journey.settings().startsAt(), journey.settings().endsAt())) {
			reject(errors, "endsAt", null, ENDS_TOO_EARLY);
		}
		store.checkDesign(DesignFields.of(journey))
			.forEach(problem -> reject(errors, problem.field(), null, problem.reason()));
		if (errors.hasErrors()) {
			throw new InvalidFields(errors);
		}
	}

	/**
	 * Every check of a patch that needs no stored journey (fields, types, constraints,
	 * design), so that a bad patch is refused before the backend is asked for the journey
	 * it would apply to.
	 * @throws InvalidPatch listing every problem, when there is one
	 */
	void checkPatch(@Nullable JsonNode patch) {
		readPatch(patch, null);
	}

	/**
	 * The changes a patch asks for.
	 * @param current the stored journey; null to run only the checks that do not depend
	 * on it
	 * @throws InvalidPatch listing every problem, when there is one
	 */
	JourneyChanges readPatch(@Nullable JsonNode patch, @Nullable Journey current) {
		BindingResult errors = new MapBindingResult(new LinkedHashMap<>(), OBJECT_NAME);
		if (patch == null || !patch.isObject()) {
			errors.addError(new ObjectError(OBJECT_NAME, new String[] { "notAnObject" }, null,
					"the body must be a JSON object: a merge patch of the journey's fields"));
			throw new InvalidPatch(errors);
		}
		ObjectNode accepted = jsonMapper.createObjectNode();
		Set<String> fields = new LinkedHashSet<>();
		for (Map.Entry<String, JsonNode> entry : patch.properties()) {
			String field = entry.getKey();
			if (!types.containsKey(field)) {
				reject(errors, field, entry.getValue(), READ_ONLY.getOrDefault(field, "is not a field of a journey"));
				continue;
			}
			if (field.equals(RECURRENCE) && current == null && entry.getValue().isObject()) {
				checkRecurrenceAlone(entry.getValue(), errors); // merged and checked
																// whole once the journey
																// is read
				continue;
			}
			JsonNode value = field.equals(RECURRENCE) ? mergeRecurrence(entry.getValue(), current, errors)
					: entry.getValue();
			if (value != null && convertible(field, value, errors)) {
				accepted.set(field, value);
				fields.add(field);
			}
		}
		UpdateJourneyRequest values = jsonMapper.treeToValue(accepted, UpdateJourneyRequest.class);
		for (ConstraintViolation<UpdateJourneyRequest> violation : validator.validate(values)) {
			String path = jsonPath(violation);
			if (fields.contains(path.split("[.\\[]", 2)[0])) { // absent fields are
																// unchanged, not null
				reject(errors, path, violation.getInvalidValue(), violation.getMessage());
			}
		}
		if (current == null) {
			checkDesign(values, fields, errors); // once, on the patch alone: it does not
													// depend on the stored journey
		}
		if (current != null) {
			checkPeriod(values, fields, current, errors);
		}
		if (errors.hasErrors()) {
			throw new InvalidPatch(errors);
		}
		return new JourneyChanges(values, fields);
	}

	/**
	 * RFC 7396 on the one nested object: the sent fields replace the current ones, a null
	 * removes one.
	 */
	private JsonNode mergeRecurrence(JsonNode patch, Journey current, BindingResult errors) {
		if (!patch.isObject()) {
			return patch; // null clears; anything else fails conversion with a proper
							// message
		}
		Recurrence stored = current.settings().recurrence();
		ObjectNode merged = stored == null ? jsonMapper.createObjectNode() : jsonMapper.valueToTree(stored);
		boolean known = true;
		for (Map.Entry<String, JsonNode> entry : patch.properties()) {
			if (!RECURRENCE_FIELDS.contains(entry.getKey())) {
				reject(errors, "recurrence." + entry.getKey(), entry.getValue(), "is not a field of a recurrence");
				known = false;
			}
			else if (entry.getValue().isNull()) {
				merged.remove(entry.getKey());
			}
			else {
				merged.set(entry.getKey(), entry.getValue());
			}
		}
		return known ? merged : null;
	}

	/**
	 * A recurrence patch on its own: known fields, each null (removed) or a non-negative
	 * integer.
	 */
	private static void checkRecurrenceAlone(JsonNode patch, BindingResult errors) {
		for (Map.Entry<String, JsonNode> entry : patch.properties()) {
			JsonNode value = entry.getValue();
			if (!RECURRENCE_FIELDS.contains(entry.getKey())) {
				reject(errors, "recurrence." + entry.getKey(), value, "is not a field of a recurrence");
			}
			else if (!value.isNull() && !(value.isIntegralNumber() && value.canConvertToInt() && value.asInt() >= 0)) {
				reject(errors, "recurrence." + entry.getKey(), value, "must be a non-negative integer");
			}
		}
	}

	private boolean convertible(String name, JsonNode value, BindingResult errors) {
		if (value.isNull()) {
			return true;
		}
		Class<?> type = types.get(name);
		try {
			jsonMapper.treeToValue(value, type);
			return true;
		}
		catch (JacksonException e) {
			reject(errors, type == Design.class ? name + pathIn(e) : name, value, expected(type));
			return false;
		}
	}

	private static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants())
				.map(Object::toString)
				.filter(n -> !n.equals(NotUnknown.UNKNOWN))
				.collect(Collectors.joining(", "));
		}
		if (type == OffsetDateTime.class) {
			return "must be an ISO-8601 date-time with an offset, such as 2019-02-09T11:29:00Z";
		}
		if (type == UUID.class) {
			return "must be a GUID, such as 6628bbf7-c52a-e911-a9b7-000d3a1e6adc";
		}
		if (type == Integer.class) {
			return "must be an integer";
		}
		if (type == Recurrence.class) {
			return "must be an object with the non-negative integers intervalDays and count, or null";
		}
		if (type == Design.class) {
			return "does not fit the JourneyDesign schema: an object whose `tiles` are tile objects, each with a "
					+ "known `type`, or null";
		}
		return "must be a string";
	}

	/** The backend's checks of the design fields the patch has. */
	private void checkDesign(UpdateJourneyRequest values, Set<String> fields, BindingResult errors) {
		Set<String> sent = new LinkedHashSet<>(designFields);
		sent.retainAll(fields);
		DesignFields design = new DesignFields(sent, values.design(), values.text());
		store.checkDesign(design).forEach(problem -> reject(errors, problem.field(), null, problem.reason()));
	}

	/**
	 * The period after the patch: a new start is checked against the stored end, and the
	 * other way round.
	 */
	private static void checkPeriod(UpdateJourneyRequest values, Set<String> fields, Journey current,
			BindingResult errors) {
		boolean newStart = fields.contains(STARTS_AT);
		boolean newEnd = fields.contains(ENDS_AT);
		OffsetDateTime start = newStart ? values.settings().startsAt() : current.settings().startsAt();
		OffsetDateTime end = newEnd ? values.settings().endsAt() : current.settings().endsAt();
		if ((newStart || newEnd) && JourneyTimes.endsTooEarly(start, end)) {
			if (newEnd) {
				reject(errors, "endsAt", end, ENDS_TOO_EARLY + " (" + start + ")");
			}
			else {
				reject(errors, "startsAt", start, STARTS_TOO_LATE + " (" + end + ")");
			}
		}
	}

	/**
	 * A violation's field as the JSON names it: the settings and the design text are
	 * unwrapped, so their components' names are not.
	 */
	private static String jsonPath(ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString();
		for (String unwrapped : List.of(SETTINGS, TEXT)) {
			if (path.startsWith(unwrapped + ".")) {
				return path.substring(unwrapped.length() + 1);
			}
		}
		return path;
	}

	/**
	 * Where inside a value its conversion failed, as {@code .tiles[0].next[1]}; empty
	 * when unknown.
	 */
	private static String pathIn(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			path.append(ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]");
		}
		return path.toString();
	}

	private static void reject(BindingResult errors, String field, @Nullable Object value, String message) {
		Object rejected = value instanceof JsonNode node ? (node.isValueNode() ? node.asString() : node.toString())
				: value;
		errors.addError(new FieldError(OBJECT_NAME, field, rejected, false, null, null, message));
	}

}
