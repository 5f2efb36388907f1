package dev.journeyfacade.journey.msdynmkt;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.journeyfacade.dataverse.DataverseClient;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The Dataverse rows of real-time journeys and their templates, with their entity sets
 * and columns, as Microsoft's entity references name them
 * (learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_journey and
 * msdynmkt_journeytemplate).
 */
final class RealtimeRows {

	static final String JOURNEYS = "msdynmkt_journeys";

	static final String TEMPLATES = "msdynmkt_journeytemplates";

	private RealtimeRows() {
	}

	/**
	 * A journey row as Dataverse sends it, each column with its name; columns not
	 * selected are null.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Journey(@JsonProperty(ID) @Nullable UUID id, @JsonProperty(NAME) @Nullable String name,
			@JsonProperty(STATUS) @Nullable Integer statusCode, @JsonProperty(TRIGGER) @Nullable Integer triggerType,
			@JsonProperty(START) @Nullable OffsetDateTime start, @JsonProperty(END) @Nullable OffsetDateTime end,
			@JsonProperty(TEMPLATE_VALUE) @Nullable UUID templateId, @JsonProperty(OWNER_VALUE) @Nullable UUID ownerId,
			@JsonProperty(BUSINESS_UNIT_VALUE) @Nullable UUID businessUnitId,
			@JsonProperty(CREATED_BY_VALUE) @Nullable UUID createdBy,
			@JsonProperty(CREATED_BY_VALUE + FORMATTED) @Nullable String createdByName,
			@JsonProperty(MODIFIED_BY_VALUE) @Nullable UUID modifiedBy,
			@JsonProperty(MODIFIED_BY_VALUE + FORMATTED) @Nullable String modifiedByName,
			@JsonProperty(CREATED_ON_BEHALF_BY_VALUE) @Nullable UUID createdOnBehalfBy,
			@JsonProperty(CREATED_ON_BEHALF_BY_VALUE + FORMATTED) @Nullable String createdOnBehalfByName,
			@JsonProperty(MODIFIED_ON_BEHALF_BY_VALUE) @Nullable UUID modifiedOnBehalfBy,
			@JsonProperty(MODIFIED_ON_BEHALF_BY_VALUE + FORMATTED) @Nullable String modifiedOnBehalfByName,
			@JsonProperty(DEFINITION) @Nullable String definition,
			@JsonProperty(CREATED_ON) @Nullable OffsetDateTime createdOn,
			@JsonProperty(MODIFIED_ON) @Nullable OffsetDateTime modifiedOn, @JsonProperty(ETAG) @Nullable String etag) {

		static final String ID = "msdynmkt_journeyid";
		static final String NAME = "msdynmkt_name";
		static final String STATUS = "statuscode";
		static final String TRIGGER = "msdynmkt_triggertype";
		static final String START = "msdynmkt_journeystarttime";
		static final String END = "msdynmkt_journeyendtime";
		static final String TEMPLATE_VALUE = "_msdynmkt_templateid_value";
		static final String OWNER_VALUE = "_ownerid_value";
		static final String BUSINESS_UNIT_VALUE = "_owningbusinessunit_value";
		static final String CREATED_BY_VALUE = "_createdby_value";
		static final String MODIFIED_BY_VALUE = "_modifiedby_value";
		static final String CREATED_ON_BEHALF_BY_VALUE = "_createdonbehalfby_value";
		static final String MODIFIED_ON_BEHALF_BY_VALUE = "_modifiedonbehalfby_value";

		/** The annotation a lookup's name comes in, when the read asks for it. */
		static final String FORMATTED = DataverseClient.FORMATTED_VALUE;
		static final String DEFINITION = "msdynmkt_journeyjson";
		static final String CREATED_ON = "createdon";
		static final String MODIFIED_ON = "modifiedon";
		static final String ETAG = "@odata.etag";

		/** The columns of a list row: never the definition, up to a megabyte each. */
		static final String[] SUMMARY_COLUMNS = { ID, NAME, STATUS, TRIGGER, START, END, MODIFIED_ON };

		/**
		 * The columns of one journey: every column of this row (the ETag and the names of
		 * lookups are annotations, not columns).
		 */
		static final String[] ALL_COLUMNS = Arrays.stream(Journey.class.getRecordComponents())
			.map(component -> component.getAccessor().getAnnotation(JsonProperty.class).value())
			.filter(column -> !column.contains("@"))
			.toArray(String[]::new);

	}

	/**
	 * A template row for the picker: never its definition. Its trigger type's labels are
	 * not documented (only "Journey Template Trigger Type N"), so it is not read.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Template(@JsonProperty(ID) @Nullable UUID id, @JsonProperty(NAME) @Nullable String name,
			@JsonProperty(DESCRIPTION) @Nullable String description) {

		static final String ID = "msdynmkt_journeytemplateid";
		static final String NAME = "msdynmkt_name";
		static final String DESCRIPTION = "msdynmkt_description";
		static final String STATE = "statecode";

	}

}
