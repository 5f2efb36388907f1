package dev.journeyfacade.journey.msdyncrm;

import static dev.journeyfacade.journey.msdyncrm.JourneyEntity.*;

import dev.journeyfacade.journey.CreateJourneyRequest;
import dev.journeyfacade.journey.Journey;
import dev.journeyfacade.journey.JourneyChanges;
import dev.journeyfacade.journey.JourneyChanges.Field;
import dev.journeyfacade.journey.JourneyStatus;
import dev.journeyfacade.journey.JourneySummary;
import dev.journeyfacade.journey.JourneyTimes;
import dev.journeyfacade.journey.Recurrence;
import dev.journeyfacade.journey.UpdateJourneyRequest;
import dev.journeyfacade.journey.design.DesignCodec;
import dev.journeyfacade.journey.design.DesignViolation;
import dev.journeyfacade.journey.design.InvalidDesignException;
import dev.journeyfacade.journey.design.JourneyDesign;
import dev.journeyfacade.journey.validation.FaultMessages;
import dev.journeyfacade.journey.validation.IssueSeverity;
import dev.journeyfacade.journey.validation.ValidationIssue;
import dev.journeyfacade.journey.validation.ValidationOutcome;
import dev.journeyfacade.journey.validation.ValidationReport;
import dev.journeyfacade.web.Problems;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one mapper between the journey API records and Dataverse's {@code msdyncrm_customerjourney}: option-set
 * codes, lookups ({@code _x_value} on read, {@code @odata.bind} on write), recurrence, dates, the stored workflow
 * definition read as a design tree, and the "check for errors" action's {@code FieldValue…} keys and answer.
 * Designs are written as the two strings only: the service has encoded a tree before it reaches the store.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class JourneyMapper {

    /** The seed's date format: UTC with milliseconds, which Dataverse ignores together with the seconds. */
    private static final DateTimeFormatter WIRE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);

    /** Definition text kept for {@link #designs}: hundreds of typical journeys, a few MB of heap at most. */
    private static final long DESIGN_CACHE_CHARS = 2_000_000;

    private final JsonMapper jsonMapper;
    private final DesignCodec codec;
    private final DesignReadCache<StoredDesign> designs = new DesignReadCache<>(DESIGN_CACHE_CHARS);

    Journey toJourney(DataverseJourney row) {
        StoredDesign stored = design(row);
        return new Journey(row.id(), row.name(), JourneyCodes.STATUS.value(row.statusCode()),
                JourneyCodes.TYPE.value(row.type()), JourneyCodes.TARGET.value(row.entityTarget()),
                JourneyCodes.REQUIRED_CONSENT.value(row.requiredConsent()),
                JourneyTimes.normalize(row.startDateTime()), JourneyTimes.normalize(row.endDateTime()),
                Boolean.TRUE.equals(row.isRecurring())
                        ? new Recurrence(row.recurrenceIntervalDays(), row.recurrenceCount()) : null,
                row.timeZone(), row.suppressionSegmentId(), row.contentSettingsId(), row.ownerId(),
                stored.design(), stored.problems(), row.workflowDefinition(), row.designerState(),
                utc(row.createdOn()), utc(row.modifiedOn()), row.etag());
    }

    /**
     * The stored definition read as a tree, or why it cannot be; a journey without a definition has no design.
     * Each distinct definition text is decoded once ({@link DesignReadCache}).
     */
    private StoredDesign design(DataverseJourney row) {
        if (row.workflowDefinition() == null || row.workflowDefinition().isBlank()) {
            return new StoredDesign(null, List.of());
        }
        StoredDesign stored = designs.get(row.workflowDefinition(), this::decode);
        if (stored.design() == null) {
            // Not a failure of the read: the raw strings still show the design, designProblems says why.
            log.debug("the workflow definition of journey {} cannot be read as a design: {}", row.id(), stored.problems());
        }
        return stored;
    }

    private StoredDesign decode(String workflowDefinition) {
        try {
            return new StoredDesign(codec.decode(workflowDefinition), List.of());
        } catch (InvalidDesignException e) {
            return new StoredDesign(null, List.copyOf(e.violations()));
        }
    }

    /** A journey's design as read: the tree, or null and the reasons. */
    private record StoredDesign(JourneyDesign design, List<DesignViolation> problems) {
    }

    JourneySummary toSummary(DataverseJourney row) {
        return new JourneySummary(row.id(), row.name(), JourneyCodes.STATUS.value(row.statusCode()),
                JourneyCodes.TYPE.value(row.type()), JourneyCodes.TARGET.value(row.entityTarget()),
                JourneyTimes.normalize(row.startDateTime()), JourneyTimes.normalize(row.endDateTime()),
                utc(row.modifiedOn()), row.etag());
    }

    /** The body of a new draft, as the seed's create request; absent settings are left to Dataverse's defaults. */
    Map<String, Object> createBody(CreateJourneyRequest journey) {
        if (journey.design() != null) {
            throw unwritten();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(NAME, journey.name());
        putIfSet(body, TYPE, JourneyCodes.TYPE.code(journey.type()));
        putIfSet(body, TARGET, JourneyCodes.TARGET.code(journey.target()));
        putIfSet(body, REQUIRED_CONSENT, JourneyCodes.REQUIRED_CONSENT.code(journey.requiredConsent()));
        putIfSet(body, START, wireDate(journey.startsAt()));
        putIfSet(body, END, wireDate(journey.endsAt()));
        body.put(IS_RECURRING, journey.recurrence() != null);
        if (journey.recurrence() != null) {
            putRecurrence(body, journey.recurrence());
        }
        putIfSet(body, TIME_ZONE, journey.timeZone());
        putIfSet(body, WORKFLOW_DEFINITION, journey.workflowDefinition());
        putIfSet(body, DESIGNER_STATE, journey.designerState());
        if (journey.contentSettingsId() != null) {
            body.put(CONTENT_SETTINGS_BIND, bind(CONTENT_SETTINGS_SET, journey.contentSettingsId()));
        }
        if (journey.suppressionSegmentId() != null) {
            body.put(SUPPRESSION_SEGMENT_BIND, bind(SEGMENT_SET, journey.suppressionSegmentId()));
        }
        if (journey.ownerId() != null) {
            body.put(OWNER_BIND, bind(SYSTEM_USER_SET, journey.ownerId()));
        }
        body.put(STATUS, JourneyCodes.STATUS.code(JourneyStatus.DRAFT));
        body.put(STATE, JourneyCodes.STATE_ACTIVE);
        return body;
    }

    /** Only the fields the caller sent; a cleared field is written as null (a cleared lookup as a null bind). */
    Map<String, Object> updateBody(JourneyChanges changes) {
        UpdateJourneyRequest values = changes.values();
        Map<String, Object> body = new LinkedHashMap<>();
        for (Field field : changes.fields()) {
            switch (field) {
                case NAME -> body.put(NAME, values.name());
                case TYPE -> body.put(TYPE, JourneyCodes.TYPE.code(values.type()));
                case TARGET -> body.put(TARGET, JourneyCodes.TARGET.code(values.target()));
                case REQUIRED_CONSENT -> body.put(REQUIRED_CONSENT, JourneyCodes.REQUIRED_CONSENT.code(values.requiredConsent()));
                case STARTS_AT -> body.put(START, wireDate(values.startsAt()));
                case ENDS_AT -> body.put(END, wireDate(values.endsAt()));
                case RECURRENCE -> putRecurrence(body, values.recurrence());
                case TIME_ZONE -> body.put(TIME_ZONE, values.timeZone());
                case SUPPRESSION_SEGMENT_ID -> body.put(SUPPRESSION_SEGMENT_BIND, bind(SEGMENT_SET, values.suppressionSegmentId()));
                case CONTENT_SETTINGS_ID -> body.put(CONTENT_SETTINGS_BIND, bind(CONTENT_SETTINGS_SET, values.contentSettingsId()));
                case OWNER_ID -> body.put(OWNER_BIND, bind(SYSTEM_USER_SET, values.ownerId()));
                case DESIGN -> throw unwritten();
                case WORKFLOW_DEFINITION -> body.put(WORKFLOW_DEFINITION, values.workflowDefinition());
                case DESIGNER_STATE -> body.put(DESIGNER_STATE, values.designerState());
            }
        }
        return body;
    }

    /** Publish and stop: Dataverse acts on a new status reason (statecode follows by itself). */
    Map<String, Object> statusBody(JourneyStatus status) {
        return Map.of(STATUS, JourneyCodes.STATUS.code(status));
    }

    /**
     * The body of {@code msdyncrm_CustomerJourneyValidate}: the seed's {@code FieldValue…} keys, references as
     * upper-case GUIDs in braces (not binds). Sources disagree whether the consent, target and content-settings
     * keys are accepted; the seed sends them, so do we. Unset values are left out.
     */
    Map<String, Object> validateBody(Journey journey) {
        Map<String, Object> body = new LinkedHashMap<>();
        putIfSet(body, "FieldValueCustomerJourneyId", braced(journey.id()));
        putIfSet(body, "FieldValueStatusCode", journey.status() == JourneyStatus.UNKNOWN ? null
                : JourneyCodes.STATUS.code(journey.status()));
        putIfSet(body, "FieldValueName", journey.name());
        putIfSet(body, "FieldValueStartDateTime", wireDate(journey.startsAt()));
        putIfSet(body, "FieldValueEndDateTime", wireDate(journey.endsAt()));
        putIfSet(body, "FieldValueWorkflowDefinition", journey.workflowDefinition());
        body.put("FieldValueIsRecurring", journey.recurrence() != null);
        if (journey.recurrence() != null) {
            putIfSet(body, "FieldValueRecurrenceIntervalDays", journey.recurrence().intervalDays());
            putIfSet(body, "FieldValueRecurrenceCount", journey.recurrence().count());
        }
        putIfSet(body, "FieldValueRequiredConsent", known(JourneyCodes.REQUIRED_CONSENT, journey.requiredConsent()));
        putIfSet(body, "FieldValueContentSettingsId", braced(journey.contentSettingsId()));
        putIfSet(body, "FieldValueEntityTarget", known(JourneyCodes.TARGET, journey.target()));
        putIfSet(body, "FieldValueSuppressionSegmentId", braced(journey.suppressionSegmentId()));
        putIfSet(body, "FieldValueCustomerJourneyTimeZone", journey.timeZone());
        return body;
    }

    /** The action's {@code ValidationResult} string as a report with a sentence per issue. */
    ValidationReport toReport(ValidateActionResult answer) {
        ValidateActionResult.Parsed parsed;
        try {
            parsed = answer == null || answer.validationResult() == null ? null
                    : jsonMapper.readValue(answer.validationResult(), ValidateActionResult.Parsed.class);
        } catch (JacksonException e) {
            parsed = null;
        }
        if (parsed == null) {
            throw Problems.exception(HttpStatus.BAD_GATEWAY, "dataverse-bad-response", "Unexpected answer from Dataverse",
                    "Dataverse's check for errors did not answer with a readable ValidationResult.");
        }
        List<ValidationIssue> issues = parsed.activityValidationResults() == null ? List.of()
                : parsed.activityValidationResults().stream().map(JourneyMapper::issue).toList();
        return new ValidationReport(outcome(parsed.result()), issues);
    }

    private static ValidationIssue issue(ValidateActionResult.Activity activity) {
        String tileId = activity.activityId() == null || activity.activityId().isBlank() ? null : activity.activityId();
        List<String> arguments = activity.errorMessageArguments() == null ? List.of() : activity.errorMessageArguments();
        return new ValidationIssue(tileId, activity.fault(), severity(activity.result()),
                FaultMessages.describe(activity.fault(), tileId, arguments), arguments);
    }

    /** Dataverse's "Valid" on one issue means an informative entry. An unknown word counts as an error: fail safe. */
    private static IssueSeverity severity(String result) {
        return switch (result == null ? "" : result.toLowerCase(Locale.ROOT)) {
            case "valid" -> IssueSeverity.INFO;
            case "warning" -> IssueSeverity.WARNING;
            case "error" -> IssueSeverity.ERROR;
            default -> {
                log.warn("Dataverse's check for errors returned the issue result '{}', which this service does not know; reported as ERROR", result);
                yield IssueSeverity.ERROR;
            }
        };
    }

    private static ValidationOutcome outcome(String result) {
        return switch (result == null ? "" : result.toLowerCase(Locale.ROOT)) {
            case "valid" -> ValidationOutcome.VALID;
            case "warning" -> ValidationOutcome.WARNING;
            case "error" -> ValidationOutcome.ERROR;
            default -> {
                log.warn("Dataverse's check for errors returned the result '{}', which this service does not know; reported as ERROR", result);
                yield ValidationOutcome.ERROR;
            }
        };
    }

    /** A design tree never reaches this mapper: writing it needs the service's rules and the stored designer state. */
    private static IllegalStateException unwritten() {
        return new IllegalStateException("a journey design must be written as its workflow definition and designer "
                + "state before it reaches the Dataverse mapper");
    }

    /** Recurrence is three columns; null = not recurring, with the interval and count cleared. */
    private static void putRecurrence(Map<String, Object> body, Recurrence recurrence) {
        body.put(IS_RECURRING, recurrence != null);
        body.put(RECURRENCE_INTERVAL, recurrence == null ? null : recurrence.intervalDays());
        body.put(RECURRENCE_COUNT, recurrence == null ? null : recurrence.count());
    }

    private static void putIfSet(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }

    private static <E extends Enum<E>> Integer known(OptionSet<E> set, E value) {
        return value == null || value.name().equals("UNKNOWN") ? null : set.code(value);
    }

    /** {@code /<entity set>(<id>)}, or null to clear the lookup. */
    private static String bind(String entitySet, UUID id) {
        return id == null ? null : "/" + entitySet + "(" + id + ")";
    }

    /** The action's reference format, as in the seed: {@code {6628BBF7-C52A-E911-A9B7-000D3A1E6ADC}}. */
    private static String braced(UUID id) {
        return id == null ? null : "{" + id.toString().toUpperCase(Locale.ROOT) + "}";
    }

    private static String wireDate(OffsetDateTime time) {
        return time == null ? null : WIRE_DATE.format(JourneyTimes.normalize(time));
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
