package dev.journeyfacade.journey;

import dev.journeyfacade.journey.JourneyChanges.Field;
import dev.journeyfacade.journey.design.JourneyDesign;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
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
 * Reads an update body as a JSON merge patch (RFC 7396) against the current journey. The body arrives as a
 * tree rather than a record because a record cannot tell an absent field (unchanged) from a null one
 * (cleared). Every field is checked on its own, so one 400 lists every bad field: unknown and read-only
 * fields, wrong types, Bean Validation constraints, and the rules between fields on the merged result.
 */
@Component
@RequiredArgsConstructor
class JourneyPatchReader {

    static final String OBJECT_NAME = "updateJourneyRequest";

    private static final Map<String, String> READ_ONLY = Map.of(
            "id", "is read-only: the id is in the URL",
            "status", "cannot be changed by an update: use POST /api/v1/journeys/{id}/publish or /stop",
            "etag", "is read-only: send the version in the If-Match header",
            "createdAt", "is read-only",
            "modifiedAt", "is read-only",
            "designProblems", "is read-only: it says why the stored workflow definition cannot be read as a design");

    private static final Map<String, Class<?>> TYPES = Arrays.stream(UpdateJourneyRequest.class.getRecordComponents())
            .collect(Collectors.toMap(c -> c.getName(), c -> c.getType()));

    private static final Set<String> RECURRENCE_FIELDS = Arrays.stream(Recurrence.class.getRecordComponents())
            .map(c -> c.getName()).collect(Collectors.toSet());

    private final JsonMapper jsonMapper;
    private final Validator validator;

    /**
     * Every check that needs no stored journey (fields, types, constraints, design), so that a bad patch is
     * refused before Dataverse is asked for the journey it would apply to.
     *
     * @throws InvalidPatch listing every problem, when there is one
     */
    void checkAlone(JsonNode patch) {
        read(patch, null);
    }

    /**
     * The changes a patch asks for.
     *
     * @param current the stored journey; null to run only the checks that do not depend on it
     * @throws InvalidPatch listing every problem, when there is one
     */
    JourneyChanges read(JsonNode patch, Journey current) {
        BindingResult errors = new MapBindingResult(new LinkedHashMap<>(), OBJECT_NAME);
        if (patch == null || !patch.isObject()) {
            errors.addError(new ObjectError(OBJECT_NAME, new String[] {"notAnObject"}, null,
                    "the body must be a JSON object: a merge patch of the journey's fields"));
            throw new InvalidPatch(errors);
        }
        ObjectNode accepted = jsonMapper.createObjectNode();
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            String name = entry.getKey();
            Field field = Field.ofApiName(name);
            if (field == null) {
                reject(errors, name, entry.getValue(), READ_ONLY.getOrDefault(name, "is not a field of a journey"));
                continue;
            }
            if (field == Field.RECURRENCE && current == null && entry.getValue().isObject()) {
                checkRecurrenceAlone(entry.getValue(), errors); // merged and checked whole once the journey is read
                continue;
            }
            JsonNode value = field == Field.RECURRENCE ? mergeRecurrence(entry.getValue(), current, errors) : entry.getValue();
            if (value != null && convertible(name, value, errors)) {
                accepted.set(name, value);
                fields.add(field);
            }
        }
        UpdateJourneyRequest values = jsonMapper.treeToValue(accepted, UpdateJourneyRequest.class);
        for (ConstraintViolation<UpdateJourneyRequest> violation : validator.validate(values)) {
            String path = violation.getPropertyPath().toString();
            Field field = Field.ofApiName(path.split("\\.", 2)[0]);
            if (fields.contains(field)) { // absent fields are unchanged, not null
                reject(errors, path, violation.getInvalidValue(), violation.getMessage());
            }
        }
        checkDesignPair(values, fields, errors);
        checkDesign(values, fields, errors);
        if (current != null) {
            checkPeriod(values, fields, current, errors);
        }
        if (errors.hasErrors()) {
            throw new InvalidPatch(errors);
        }
        return new JourneyChanges(values, fields);
    }

    /** RFC 7396 on the one nested object: the sent fields replace the current ones, a null removes one. */
    private JsonNode mergeRecurrence(JsonNode patch, Journey current, BindingResult errors) {
        if (!patch.isObject()) {
            return patch; // null clears; anything else fails conversion with a proper message
        }
        ObjectNode merged = current.recurrence() == null
                ? jsonMapper.createObjectNode() : jsonMapper.valueToTree(current.recurrence());
        boolean known = true;
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            if (!RECURRENCE_FIELDS.contains(entry.getKey())) {
                reject(errors, "recurrence." + entry.getKey(), entry.getValue(), "is not a field of a recurrence");
                known = false;
            } else if (entry.getValue().isNull()) {
                merged.remove(entry.getKey());
            } else {
                merged.set(entry.getKey(), entry.getValue());
            }
        }
        return known ? merged : null;
    }

    /** A recurrence patch on its own: known fields, each null (removed) or a non-negative integer. */
    private static void checkRecurrenceAlone(JsonNode patch, BindingResult errors) {
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            JsonNode value = entry.getValue();
            if (!RECURRENCE_FIELDS.contains(entry.getKey())) {
                reject(errors, "recurrence." + entry.getKey(), value, "is not a field of a recurrence");
            } else if (!value.isNull() && !(value.isIntegralNumber() && value.canConvertToInt() && value.asInt() >= 0)) {
                reject(errors, "recurrence." + entry.getKey(), value, "must be a non-negative integer");
            }
        }
    }

    private boolean convertible(String name, JsonNode value, BindingResult errors) {
        if (value.isNull()) {
            return true;
        }
        Class<?> type = TYPES.get(name);
        try {
            jsonMapper.treeToValue(value, type);
            return true;
        } catch (JacksonException e) {
            reject(errors, type == JourneyDesign.class ? name + pathIn(e) : name, value, expected(type));
            return false;
        }
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .filter(n -> !n.equals("UNKNOWN")).collect(Collectors.joining(", "));
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
        if (type == JourneyDesign.class) {
            return "does not fit the JourneyDesign schema: an object whose `tiles` are tile objects, each with a "
                    + "known `type`, or null";
        }
        return "must be a string";
    }

    private static void checkDesignPair(UpdateJourneyRequest values, Set<Field> fields, BindingResult errors) {
        boolean definition = fields.contains(Field.WORKFLOW_DEFINITION);
        boolean state = fields.contains(Field.DESIGNER_STATE);
        if (definition != state) {
            reject(errors, definition ? "designerState" : "workflowDefinition", null, JourneyRules.DESIGN_PAIR);
        } else if (definition && (values.workflowDefinition() == null) != (values.designerState() == null)) {
            reject(errors, values.workflowDefinition() == null ? "workflowDefinition" : "designerState", null,
                    JourneyRules.DESIGN_PAIR);
        }
    }

    /** Design or raw pair, not both; and whichever is sent must be well-formed. */
    private static void checkDesign(UpdateJourneyRequest values, Set<Field> fields, BindingResult errors) {
        List<String> rawSent = new ArrayList<>();
        if (fields.contains(Field.WORKFLOW_DEFINITION)) {
            rawSent.add(Field.WORKFLOW_DEFINITION.apiName());
        }
        if (fields.contains(Field.DESIGNER_STATE)) {
            rawSent.add(Field.DESIGNER_STATE.apiName());
        }
        for (JourneyDesignRules.Problem problem : JourneyDesignRules.check(fields.contains(Field.DESIGN),
                values.design(), rawSent, values.workflowDefinition())) {
            reject(errors, problem.field(), null, problem.reason());
        }
    }

    /** The period after the patch: a new start is checked against the stored end, and the other way round. */
    private static void checkPeriod(UpdateJourneyRequest values, Set<Field> fields, Journey current, BindingResult errors) {
        boolean newStart = fields.contains(Field.STARTS_AT);
        boolean newEnd = fields.contains(Field.ENDS_AT);
        OffsetDateTime start = newStart ? values.startsAt() : current.startsAt();
        OffsetDateTime end = newEnd ? values.endsAt() : current.endsAt();
        if ((newStart || newEnd) && JourneyTimes.endsTooEarly(start, end)) {
            if (newEnd) {
                reject(errors, "endsAt", end, JourneyRules.ENDS_TOO_EARLY + " (" + start + ")");
            } else {
                reject(errors, "startsAt", start, JourneyRules.STARTS_TOO_LATE + " (" + end + ")");
            }
        }
    }

    /** Where inside a value its conversion failed, as {@code .tiles[0].next[1]}; empty when unknown. */
    private static String pathIn(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            path.append(ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]");
        }
        return path.toString();
    }

    private static void reject(BindingResult errors, String field, Object value, String message) {
        Object rejected = value instanceof JsonNode node ? (node.isValueNode() ? node.asString() : node.toString()) : value;
        errors.addError(new FieldError(OBJECT_NAME, field, rejected, false, null, null, message));
    }
}
