package dev.journeyfacade.journey.msdyncrm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A {@code msdyncrm_customerjourney} row as Dataverse sends it; columns not selected are null. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DataverseJourney(
        @JsonProperty(JourneyEntity.ID) UUID id,
        @JsonProperty(JourneyEntity.NAME) String name,
        @JsonProperty(JourneyEntity.STATUS) Integer statusCode,
        @JsonProperty(JourneyEntity.TYPE) Integer type,
        @JsonProperty(JourneyEntity.TARGET) Integer entityTarget,
        @JsonProperty(JourneyEntity.REQUIRED_CONSENT) Integer requiredConsent,
        @JsonProperty(JourneyEntity.START) OffsetDateTime startDateTime,
        @JsonProperty(JourneyEntity.END) OffsetDateTime endDateTime,
        @JsonProperty(JourneyEntity.IS_RECURRING) Boolean isRecurring,
        @JsonProperty(JourneyEntity.RECURRENCE_INTERVAL) Integer recurrenceIntervalDays,
        @JsonProperty(JourneyEntity.RECURRENCE_COUNT) Integer recurrenceCount,
        @JsonProperty(JourneyEntity.TIME_ZONE) Integer timeZone,
        @JsonProperty(JourneyEntity.SUPPRESSION_SEGMENT_VALUE) UUID suppressionSegmentId,
        @JsonProperty(JourneyEntity.CONTENT_SETTINGS_VALUE) UUID contentSettingsId,
        @JsonProperty(JourneyEntity.OWNER_VALUE) UUID ownerId,
        @JsonProperty(JourneyEntity.WORKFLOW_DEFINITION) String workflowDefinition,
        @JsonProperty(JourneyEntity.DESIGNER_STATE) String designerState,
        @JsonProperty(JourneyEntity.CREATED_ON) OffsetDateTime createdOn,
        @JsonProperty(JourneyEntity.MODIFIED_ON) OffsetDateTime modifiedOn,
        @JsonProperty(JourneyEntity.ETAG) String etag) {
}
