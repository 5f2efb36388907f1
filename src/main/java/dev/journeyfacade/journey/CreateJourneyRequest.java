package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A new journey; only the name is required (as in Dataverse). Also the body of a validation of an unsaved
 * journey. Dates are normalized to UTC minutes on the way in. The design comes as a tree ({@code design}) or,
 * for experts, as the raw pair of strings the backend stores; the backend checks and writes either
 * ({@link JourneyInput} checks the whole body).
 */
@Schema(description = "A new journey. Only `name` is required; everything else may be set later.")
public record CreateJourneyRequest(
        @Schema(description = "Optional client-chosen id (a GUID). A create that is repeated with the same id "
                + "never makes a second journey: it answers 200 with the journey made the first time. "
                + "Takes precedence over the Idempotency-Key header.", example = JourneyDocs.ID_EXAMPLE)
        UUID id,
        @Schema(description = JourneyDocs.NAME, example = JourneyDocs.NAME_EXAMPLE,
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100)
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Kind of journey; Dataverse's default (AUTOMATED) when absent.")
        @NotUnknown JourneyType type,
        @Schema(description = "Kind of record addressed; Dataverse's default (CONTACT) when absent.")
        @NotUnknown JourneyTarget target,
        @Schema(description = "Minimum consent a contact needs to enter the journey.")
        @NotUnknown RequiredConsent requiredConsent,
        @Schema(description = JourneyDocs.STARTS_AT, example = JourneyDocs.DATE_EXAMPLE) OffsetDateTime startsAt,
        @Schema(description = JourneyDocs.ENDS_AT, example = JourneyDocs.END_EXAMPLE) OffsetDateTime endsAt,
        @Schema(description = "How the journey repeats; absent or null when it is not recurring.")
        @Valid Recurrence recurrence,
        @Schema(description = JourneyDocs.TIME_ZONE, example = JourneyDocs.TIME_ZONE_EXAMPLE)
        @Min(-1500) @Max(1500) Integer timeZone,
        @Schema(description = JourneyDocs.SUPPRESSION_SEGMENT, example = JourneyDocs.SEGMENT_EXAMPLE) UUID suppressionSegmentId,
        @Schema(description = JourneyDocs.CONTENT_SETTINGS, example = JourneyDocs.CONTENT_SETTINGS_EXAMPLE) UUID contentSettingsId,
        @Schema(description = JourneyDocs.OWNER, example = JourneyDocs.OWNER_EXAMPLE) UUID ownerId,
        @Schema(description = JourneyDocs.DESIGN) Design design,
        @Schema(description = JourneyDocs.WORKFLOW_DEFINITION,
                maxLength = 1_048_576)
        @Size(max = 1_048_576) String workflowDefinition,
        @Schema(description = JourneyDocs.DESIGNER_STATE, maxLength = 100_000)
        @Size(max = 100_000) String designerState) {

    public CreateJourneyRequest {
        startsAt = JourneyTimes.normalize(startsAt);
        endsAt = JourneyTimes.normalize(endsAt);
    }
}
