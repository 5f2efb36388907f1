package dev.journeyfacade.journey.msdyncrm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.journeyfacade.journey.CreateJourneyRequest;
import dev.journeyfacade.journey.DesignViolation;
import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.journey.Journey;
import dev.journeyfacade.journey.JourneyAudit;
import dev.journeyfacade.journey.JourneyChanges;
import dev.journeyfacade.journey.JourneySettings;
import dev.journeyfacade.journey.JourneyStatus;
import dev.journeyfacade.journey.JourneySummary;
import dev.journeyfacade.journey.JourneyTimes;
import dev.journeyfacade.journey.Recurrence;
import dev.journeyfacade.journey.UserReference;
import dev.journeyfacade.journey.msdyncrm.design.DesignCodec;
import dev.journeyfacade.journey.msdyncrm.picker.Pickers;
import dev.journeyfacade.journey.msdyncrm.design.InvalidDesignException;
import dev.journeyfacade.journey.msdyncrm.design.JourneyDesign;
import dev.journeyfacade.journey.msdyncrm.design.RawPair;
import dev.journeyfacade.journey.msdyncrm.design.StoredRawPair;
import dev.journeyfacade.journey.msdyncrm.design.WorkflowDefinition;
import dev.journeyfacade.journey.validation.IssueSeverity;
import dev.journeyfacade.journey.validation.ValidationIssue;
import dev.journeyfacade.journey.validation.ValidationOutcome;
import dev.journeyfacade.journey.validation.ValidationReport;
import dev.journeyfacade.web.ProblemType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbound entity {@code msdyncrm_customerjourney} and the one mapper between it and
 * the journey API: the entity's names ({@link Row}), option-set codes
 * ({@link JourneyCodes}), lookups ({@code _x_value} on read, {@code @odata.bind} on
 * write), recurrence, dates, the stored workflow definition read as a design tree, and
 * the "check for errors" action's {@code FieldValue…} keys and answer. Names follow
 * Microsoft's "Basic outbound marketing customer journey API operations"
 * (learn.microsoft.com/dynamics365/customer-insights/journeys/developer/basic-operations-on-customer-journey).
 * Designs are written as the two strings the store has encoded (or taken as sent, for the
 * raw pair).
 */
@Slf4j
@Component
@RequiredArgsConstructor
class JourneyMapper {

	static final String SET = "msdyncrm_customerjourneys";

	/** The "check for errors" action. */
	static final String VALIDATE_ACTION = "msdyncrm_CustomerJourneyValidate";

	// lookups: read as _<lookup>_value (Row), written through their case-sensitive
	// navigation property
	static final String CONTENT_SETTINGS_BIND = "msdyncrm_contentsettingsId@odata.bind";
	static final String SUPPRESSION_SEGMENT_BIND = "msdyncrm_SuppressionSegmentId@odata.bind";
	static final String OWNER_BIND = "ownerid@odata.bind";
	static final String CONTENT_SETTINGS_SET = Pickers.CONTENT_SETTINGS_SET;
	static final String SEGMENT_SET = Pickers.SEGMENT_SET;
	static final String SYSTEM_USER_SET = "systemusers";

	/**
	 * The sample's date format: UTC with milliseconds, which Dataverse ignores together
	 * with the seconds.
	 */
	private static final DateTimeFormatter WIRE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
			Locale.ROOT);

	/**
	 * The weight {@link #designs} keeps: enough that even the largest definition
	 * Dataverse stores is kept (an entry weighs twice its text and may take a quarter of
	 * the bound), hundreds of typical journeys; about 10 MB of heap at most.
	 */
	private static final long DESIGN_CACHE_WEIGHT = 8L * RawPair.WORKFLOW_DEFINITION_MAX;

	private final JsonMapper jsonMapper;

	private final DesignCodec codec;

	private final DesignReadCache<StoredDesign> designs = new DesignReadCache<>(DESIGN_CACHE_WEIGHT);

	/**
	 * A journey row as Dataverse sends it, each column with its name; columns not
	 * selected are null.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Row(@JsonProperty(ID) @Nullable UUID id, @JsonProperty(NAME) @Nullable String name,
			@JsonProperty(STATUS) @Nullable Integer statusCode, @JsonProperty(TYPE) @Nullable Integer type,
			@JsonProperty(TARGET) @Nullable Integer entityTarget,
			@JsonProperty(REQUIRED_CONSENT) @Nullable Integer requiredConsent,
			@JsonProperty(START) @Nullable OffsetDateTime startDateTime,
			@JsonProperty(END) @Nullable OffsetDateTime endDateTime,
			@JsonProperty(IS_RECURRING) @Nullable Boolean isRecurring,
			@JsonProperty(RECURRENCE_INTERVAL) @Nullable Integer recurrenceIntervalDays,
			@JsonProperty(RECURRENCE_COUNT) @Nullable Integer recurrenceCount,
			@JsonProperty(TIME_ZONE) @Nullable Integer timeZone,
			@JsonProperty(SUPPRESSION_SEGMENT_VALUE) @Nullable UUID suppressionSegmentId,
			@JsonProperty(CONTENT_SETTINGS_VALUE) @Nullable UUID contentSettingsId,
			@JsonProperty(OWNER_VALUE) @Nullable UUID ownerId,
			@JsonProperty(WORKFLOW_DEFINITION) @Nullable String workflowDefinition,
			@JsonProperty(DESIGNER_STATE) @Nullable String designerState,
			@JsonProperty(CREATED_ON) @Nullable OffsetDateTime createdOn,
			@JsonProperty(MODIFIED_ON) @Nullable OffsetDateTime modifiedOn,
			@JsonProperty(CREATED_BY_VALUE) @Nullable UUID createdBy,
			@JsonProperty(CREATED_BY_VALUE + FORMATTED) @Nullable String createdByName,
			@JsonProperty(MODIFIED_BY_VALUE) @Nullable UUID modifiedBy,
			@JsonProperty(MODIFIED_BY_VALUE + FORMATTED) @Nullable String modifiedByName,
			@JsonProperty(CREATED_ON_BEHALF_BY_VALUE) @Nullable UUID createdOnBehalfBy,
			@JsonProperty(CREATED_ON_BEHALF_BY_VALUE + FORMATTED) @Nullable String createdOnBehalfByName,
			@JsonProperty(MODIFIED_ON_BEHALF_BY_VALUE) @Nullable UUID modifiedOnBehalfBy,
			@JsonProperty(MODIFIED_ON_BEHALF_BY_VALUE + FORMATTED) @Nullable String modifiedOnBehalfByName,
			@JsonProperty(ETAG) @Nullable String etag) {

		static final String ID = "msdyncrm_customerjourneyid";
		static final String NAME = "msdyncrm_name";
		static final String STATUS = "statuscode";
		static final String STATE = "statecode";
		static final String TYPE = "msdyncrm_type";
		static final String TARGET = "msdyncrm_entitytarget";
		static final String REQUIRED_CONSENT = "msgdpr_requiredconsent";
		static final String START = "msdyncrm_startdatetime";
		static final String END = "msdyncrm_enddatetime";
		static final String IS_RECURRING = "msdyncrm_isrecurring";
		static final String RECURRENCE_INTERVAL = "msdyncrm_recurrenceintervaldays";
		static final String RECURRENCE_COUNT = "msdyncrm_recurrencecount";
		static final String TIME_ZONE = "msdyncrm_customerjourneytimezone";
		static final String SUPPRESSION_SEGMENT_VALUE = "_msdyncrm_suppressionsegmentid_value";
		static final String CONTENT_SETTINGS_VALUE = "_msdyncrm_contentsettingsid_value";
		static final String OWNER_VALUE = "_ownerid_value";
		static final String WORKFLOW_DEFINITION = "msdyncrm_workflowdefinition";
		static final String DESIGNER_STATE = "msdyncrm_customerjourneydesignerstate";
		static final String CREATED_ON = "createdon";
		static final String MODIFIED_ON = "modifiedon";
		static final String CREATED_BY_VALUE = "_createdby_value";
		static final String MODIFIED_BY_VALUE = "_modifiedby_value";
		static final String CREATED_ON_BEHALF_BY_VALUE = "_createdonbehalfby_value";
		static final String MODIFIED_ON_BEHALF_BY_VALUE = "_modifiedonbehalfby_value";

		/** The annotation a lookup's name comes in, when the read asks for it. */
		static final String FORMATTED = DataverseClient.FORMATTED_VALUE;
		static final String ETAG = "@odata.etag";

		/**
		 * The columns of a list row: never the design, which can be a megabyte per
		 * journey.
		 */
		static final String[] SUMMARY_COLUMNS = { ID, NAME, STATUS, TYPE, TARGET, START, END, MODIFIED_ON };

		/**
		 * The columns of one journey: every column of this row (the ETag and the names of
		 * lookups are annotations, not columns).
		 */
		static final String[] ALL_COLUMNS = Arrays.stream(Row.class.getRecordComponents())
			.map(component -> component.getAccessor().getAnnotation(JsonProperty.class).value())
			.filter(column -> !column.contains("@"))
			.toArray(String[]::new);

	}

	Journey toJourney(Row row) {
		StoredDesign stored = design(row);
		return new Journey(row.id(), row.name(), JourneyCodes.STATUS.value(row.statusCode()), settings(row),
				stored.design(), stored.problems(), new StoredRawPair(row.workflowDefinition(), row.designerState()),
				audit(row), utc(row.createdOn()), utc(row.modifiedOn()), row.etag());
	}

	private static JourneyAudit audit(Row row) {
		return new JourneyAudit(UserReference.of(row.createdBy(), row.createdByName()),
				UserReference.of(row.modifiedBy(), row.modifiedByName()),
				UserReference.of(row.createdOnBehalfBy(), row.createdOnBehalfByName()),
				UserReference.of(row.modifiedOnBehalfBy(), row.modifiedOnBehalfByName()));
	}

	private static JourneySettings settings(Row row) {
		return new JourneySettings(JourneyCodes.TYPE.value(row.type()), JourneyCodes.TARGET.value(row.entityTarget()),
				JourneyCodes.REQUIRED_CONSENT.value(row.requiredConsent()), row.startDateTime(), row.endDateTime(),
				Boolean.TRUE.equals(row.isRecurring())
						? new Recurrence(row.recurrenceIntervalDays(), row.recurrenceCount()) : null,
				row.timeZone(), row.suppressionSegmentId(), row.contentSettingsId(), row.ownerId());
	}

	/**
	 * The stored definition read as a tree, or why it cannot be; a journey without a
	 * definition has no design. Each distinct definition text is decoded once
	 * ({@link DesignReadCache}).
	 */
	private StoredDesign design(Row row) {
		if (row.workflowDefinition() == null || row.workflowDefinition().isBlank()) {
			return new StoredDesign(null, List.of());
		}
		StoredDesign stored = designs.get(row.workflowDefinition(), this::decode);
		if (stored.design() == null) {
			// Not a failure of the read: the raw strings still show the design,
			// designProblems says why.
			log.debug("the workflow definition of journey {} cannot be read as a design: {}", row.id(),
					stored.problems());
		}
		return stored;
	}

	private StoredDesign decode(String workflowDefinition) {
		try {
			return new StoredDesign(codec.decode(workflowDefinition), List.of());
		}
		catch (InvalidDesignException e) {
			return new StoredDesign(null, List.copyOf(e.violations()));
		}
	}

	/** A journey's design as read: the tree, or null and the reasons. */
	private record StoredDesign(@Nullable JourneyDesign design, List<DesignViolation> problems) {
	}

	JourneySummary toSummary(Row row) {
		return new JourneySummary(row.id(), row.name(), JourneyCodes.STATUS.value(row.statusCode()),
				JourneyCodes.TYPE.value(row.type()), JourneyCodes.TARGET.value(row.entityTarget()),
				JourneyTimes.normalize(row.startDateTime()), JourneyTimes.normalize(row.endDateTime()),
				utc(row.modifiedOn()), row.etag());
	}

	/**
	 * The body of a new draft, as Microsoft's sample create request; absent settings are
	 * left to Dataverse's defaults.
	 * @param design the design's two strings, or null for a journey without one
	 */
	Map<String, Object> createBody(CreateJourneyRequest journey, @Nullable WorkflowDefinition design) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(Row.NAME, journey.name());
		JourneySettings settings = journey.settings();
		body.put(Row.IS_RECURRING, false);
		for (JourneySettings.Field field : JourneySettings.Field.values()) {
			putSetting(body, field, settings, false);
		}
		if (design != null) {
			putIfSet(body, Row.WORKFLOW_DEFINITION, design.definition());
			putIfSet(body, Row.DESIGNER_STATE, design.designerState());
		}
		body.put(Row.STATUS, JourneyCodes.STATUS.code(JourneyStatus.DRAFT));
		body.put(Row.STATE, JourneyCodes.STATE_ACTIVE);
		return body;
	}

	/**
	 * Only the fields the caller sent; a cleared field is written as null (a cleared
	 * lookup as a null bind).
	 * @param design the design's two strings when the caller sent a design (null strings
	 * clear it); null otherwise
	 */
	Map<String, Object> updateBody(JourneyChanges changes, @Nullable WorkflowDefinition design) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (changes.has(JourneyChanges.NAME)) {
			body.put(Row.NAME, changes.values().name());
		}
		for (JourneySettings.Field field : JourneySettings.Field.values()) {
			if (changes.has(field.apiName())) {
				putSetting(body, field, changes.values().settings(), true);
			}
		}
		if (design != null) {
			body.put(Row.WORKFLOW_DEFINITION, design.definition());
			body.put(Row.DESIGNER_STATE, design.designerState());
		}
		return body;
	}

	/**
	 * One setting's columns, the one place a setting is written. A create leaves an
	 * absent setting to Dataverse's default; an update writes it as null, which clears it
	 * (a cleared lookup is a null bind).
	 */
	private static void putSetting(Map<String, Object> body, JourneySettings.Field field, JourneySettings settings,
			boolean clear) {
		columns(field, settings).forEach((column, value) -> put(body, column, value, clear));
	}

	/**
	 * A setting's columns and values (a cleared lookup is a null bind); exhaustive, so a
	 * new setting does not compile until it has its columns here.
	 */
	private static Map<String, @Nullable Object> columns(JourneySettings.Field field, JourneySettings settings) {
		return switch (field) {
			case TYPE -> column(Row.TYPE, JourneyCodes.TYPE.code(settings.type()));
			case TARGET -> column(Row.TARGET, JourneyCodes.TARGET.code(settings.target()));
			case REQUIRED_CONSENT ->
				column(Row.REQUIRED_CONSENT, JourneyCodes.REQUIRED_CONSENT.code(settings.requiredConsent()));
			case STARTS_AT -> column(Row.START, wireDate(settings.startsAt()));
			case ENDS_AT -> column(Row.END, wireDate(settings.endsAt()));
			case RECURRENCE -> recurrence(settings.recurrence());
			case TIME_ZONE -> column(Row.TIME_ZONE, settings.timeZone());
			case SUPPRESSION_SEGMENT_ID ->
				column(SUPPRESSION_SEGMENT_BIND, bind(SEGMENT_SET, settings.suppressionSegmentId()));
			case CONTENT_SETTINGS_ID ->
				column(CONTENT_SETTINGS_BIND, bind(CONTENT_SETTINGS_SET, settings.contentSettingsId()));
			case OWNER_ID -> column(OWNER_BIND, bind(SYSTEM_USER_SET, settings.ownerId()));
		};
	}

	private static Map<String, @Nullable Object> column(String column, @Nullable Object value) {
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put(column, value);
		return columns;
	}

	private static void put(Map<String, Object> body, String column, @Nullable Object value, boolean clear) {
		if (value != null || clear) {
			body.put(column, value);
		}
	}

	/**
	 * The body of a copy: the source's settings, owner and both design strings as stored
	 * (the designer needs both), not re-encoded, so the copy's design and ids are the
	 * source's, even when the stored definition cannot be read as a tree. An UNKNOWN
	 * value cannot be written back: Dataverse's default takes its place.
	 */
	Map<String, Object> copyBody(Journey source, String name) {
		CreateJourneyRequest copy = new CreateJourneyRequest(null, name, source.settings().known(), null, null);
		StoredRawPair stored = StoredRawPair.of(source);
		return createBody(copy, new WorkflowDefinition(stored.workflowDefinition(), stored.designerState()));
	}

	/**
	 * An unsaved journey as a draft, with its design's two strings, for the check for
	 * errors.
	 */
	Journey draft(CreateJourneyRequest draft, @Nullable WorkflowDefinition design) {
		return new Journey(draft.id(), draft.name(), JourneyStatus.DRAFT, draft.settings(), draft.design(), null,
				design == null ? StoredRawPair.NONE : new StoredRawPair(design.definition(), design.designerState()),
				null, null, null, null);
	}

	/**
	 * Publish and stop: Dataverse acts on a new status reason (statecode follows by
	 * itself).
	 */
	Map<String, Object> statusBody(JourneyStatus status) {
		return Map.of(Row.STATUS, JourneyCodes.STATUS.code(status));
	}

	/**
	 * The body of {@code msdyncrm_CustomerJourneyValidate}: the sample's
	 * {@code FieldValue…} keys, references as upper-case GUIDs in braces (not binds).
	 * Sources disagree whether the consent, target and content-settings keys are
	 * accepted; the sample sends them, so do we. Unset values are left out.
	 */
	Map<String, Object> validateBody(Journey journey) {
		JourneySettings settings = journey.settings();
		Map<String, Object> body = new LinkedHashMap<>();
		putIfSet(body, "FieldValueCustomerJourneyId", braced(journey.id()));
		putIfSet(body, "FieldValueStatusCode",
				journey.status() == JourneyStatus.UNKNOWN ? null : JourneyCodes.STATUS.code(journey.status()));
		putIfSet(body, "FieldValueName", journey.name());
		putIfSet(body, "FieldValueStartDateTime", wireDate(settings.startsAt()));
		putIfSet(body, "FieldValueEndDateTime", wireDate(settings.endsAt()));
		putIfSet(body, "FieldValueWorkflowDefinition", StoredRawPair.of(journey).workflowDefinition());
		body.put("FieldValueIsRecurring", settings.recurrence() != null);
		if (settings.recurrence() != null) {
			putIfSet(body, "FieldValueRecurrenceIntervalDays", settings.recurrence().intervalDays());
			putIfSet(body, "FieldValueRecurrenceCount", settings.recurrence().count());
		}
		JourneySettings known = settings.known();
		putIfSet(body, "FieldValueRequiredConsent", JourneyCodes.REQUIRED_CONSENT.code(known.requiredConsent()));
		putIfSet(body, "FieldValueContentSettingsId", braced(settings.contentSettingsId()));
		putIfSet(body, "FieldValueEntityTarget", JourneyCodes.TARGET.code(known.target()));
		putIfSet(body, "FieldValueSuppressionSegmentId", braced(settings.suppressionSegmentId()));
		putIfSet(body, "FieldValueCustomerJourneyTimeZone", settings.timeZone());
		return body;
	}

	/**
	 * The action's {@code ValidationResult} string as a report with a sentence per issue.
	 */
	ValidationReport toReport(@Nullable ValidateActionResult answer) {
		ValidateActionResult.Parsed parsed;
		try {
			parsed = answer == null || answer.validationResult() == null ? null
					: jsonMapper.readValue(answer.validationResult(), ValidateActionResult.Parsed.class);
		}
		catch (JacksonException e) {
			parsed = null;
		}
		if (parsed == null) {
			throw ProblemType.DATAVERSE_BAD_RESPONSE
				.exception("Dataverse's check for errors did not answer with a readable ValidationResult.");
		}
		List<ValidationIssue> issues = parsed.activityValidationResults() == null ? List.of()
				: parsed.activityValidationResults().stream().map(JourneyMapper::issue).toList();
		return new ValidationReport(outcome(parsed.result()), issues);
	}

	private static ValidationIssue issue(ValidateActionResult.Activity activity) {
		String tileId = activity.activityId() == null || activity.activityId().isBlank() ? null : activity.activityId();
		List<String> arguments = activity.errorMessageArguments() == null ? List.of()
				: activity.errorMessageArguments();
		return new ValidationIssue(tileId, activity.fault(), severity(activity.result()),
				FaultMessages.describe(activity.fault(), tileId, arguments), arguments);
	}

	/**
	 * Dataverse's "Valid" on one issue means an informative entry. An unknown word counts
	 * as an error: fail safe.
	 */
	private static IssueSeverity severity(@Nullable String result) {
		return switch (result == null ? "" : result.toLowerCase(Locale.ROOT)) {
			case "valid" -> IssueSeverity.INFO;
			case "warning" -> IssueSeverity.WARNING;
			case "error" -> IssueSeverity.ERROR;
			default -> {
				log.warn(
						"Dataverse's check for errors returned the issue result '{}', which this service does not know; reported as ERROR",
						result);
				yield IssueSeverity.ERROR;
			}
		};
	}

	private static ValidationOutcome outcome(@Nullable String result) {
		return switch (result == null ? "" : result.toLowerCase(Locale.ROOT)) {
			case "valid" -> ValidationOutcome.VALID;
			case "warning" -> ValidationOutcome.WARNING;
			case "error" -> ValidationOutcome.ERROR;
			default -> {
				log.warn(
						"Dataverse's check for errors returned the result '{}', which this service does not know; reported as ERROR",
						result);
				yield ValidationOutcome.ERROR;
			}
		};
	}

	/**
	 * Recurrence is three columns; null = not recurring, with the interval and count
	 * cleared. A new journey without one gets only "not recurring" (its other columns are
	 * null, so left out).
	 */
	private static Map<String, @Nullable Object> recurrence(@Nullable Recurrence recurrence) {
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put(Row.IS_RECURRING, recurrence != null);
		columns.put(Row.RECURRENCE_INTERVAL, recurrence == null ? null : recurrence.intervalDays());
		columns.put(Row.RECURRENCE_COUNT, recurrence == null ? null : recurrence.count());
		return columns;
	}

	private static void putIfSet(Map<String, Object> body, String key, @Nullable Object value) {
		if (value != null) {
			body.put(key, value);
		}
	}

	/** {@code /<entity set>(<id>)}, or null to clear the lookup. */
	private static @Nullable String bind(String entitySet, @Nullable UUID id) {
		return id == null ? null : "/" + entitySet + "(" + id + ")";
	}

	/**
	 * The action's reference format, as in Microsoft's sample:
	 * {@code {6628BBF7-C52A-E911-A9B7-000D3A1E6ADC}}.
	 */
	private static @Nullable String braced(@Nullable UUID id) {
		return id == null ? null : "{" + id.toString().toUpperCase(Locale.ROOT) + "}";
	}

	private static @Nullable String wireDate(@Nullable OffsetDateTime time) {
		return time == null ? null : WIRE_DATE.format(JourneyTimes.normalize(time));
	}

	private static @Nullable OffsetDateTime utc(@Nullable OffsetDateTime time) {
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
	}

}
