package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The fields an update may change, as a JSON merge patch (RFC 7396): an absent field stays as it is, a
 * field sent as null is cleared, {@code recurrence} merges field by field. Read by {@link JourneyInput},
 * which validates only the fields present; the constraints here are the per-field rules.
 */
@Schema(description = """
        Changes to a journey as a JSON merge patch (RFC 7396): a field that is absent stays unchanged, a field \
        sent as null is cleared, `recurrence` is merged field by field (send `"recurrence": null` to stop \
        recurring). `status` cannot be changed here: use publish and stop. Unknown and read-only fields \
        (id, status, etag, createdAt, modifiedAt, designProblems) are refused. A new `design` replaces the whole \
        design (send back the `stored` ids of the tiles you keep); the facade keeps the designer state's counters \
        ahead of every id. Send either `design` or the raw pair `workflowDefinition` + `designerState`, not both; \
        `"design": null` clears the design.""")
public record UpdateJourneyRequest(
        @Schema(description = JourneyDocs.NAME + " Cannot be cleared.", example = JourneyDocs.NAME_EXAMPLE,
                requiredMode = RequiredMode.NOT_REQUIRED, maxLength = 100)
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Kind of journey.") @NotUnknown JourneyType type,
        @Schema(description = "Kind of record addressed.") @NotUnknown JourneyTarget target,
        @Schema(description = "Minimum consent a contact needs to enter the journey.") @NotUnknown RequiredConsent requiredConsent,
        @Schema(description = JourneyDocs.STARTS_AT, example = JourneyDocs.DATE_EXAMPLE) OffsetDateTime startsAt,
        @Schema(description = JourneyDocs.ENDS_AT, example = JourneyDocs.END_EXAMPLE) OffsetDateTime endsAt,
        @Schema(description = "How the journey repeats; null stops recurring. Merged field by field into the "
                + "current recurrence; the result must have both fields.") @Valid Recurrence recurrence,
        @Schema(description = JourneyDocs.TIME_ZONE, example = JourneyDocs.TIME_ZONE_EXAMPLE) @Min(-1500) @Max(1500) Integer timeZone,
        @Schema(description = JourneyDocs.SUPPRESSION_SEGMENT, example = JourneyDocs.SEGMENT_EXAMPLE) UUID suppressionSegmentId,
        @Schema(description = JourneyDocs.CONTENT_SETTINGS, example = JourneyDocs.CONTENT_SETTINGS_EXAMPLE) UUID contentSettingsId,
        @Schema(description = JourneyDocs.OWNER, example = JourneyDocs.OWNER_EXAMPLE) UUID ownerId,
        @Schema(description = JourneyDocs.DESIGN + " Null clears the design (both strings).") Design design,
        @Schema(description = JourneyDocs.WORKFLOW_DEFINITION,
                maxLength = 1_048_576)
        @Size(max = 1_048_576) String workflowDefinition,
        @Schema(description = JourneyDocs.DESIGNER_STATE, maxLength = 100_000)
        @Size(max = 100_000) String designerState) {

    public UpdateJourneyRequest {
        startsAt = JourneyTimes.normalize(startsAt);
        endsAt = JourneyTimes.normalize(endsAt);
    }
}
