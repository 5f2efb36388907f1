package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A journey with all its settings and its design, as one journey is read: the design as a tree, and the two
 * strings Dataverse stores for it, read-only, for experts and for a definition that cannot be read as a tree.
 */
@Schema(description = "A journey with all its settings and its design.")
public record Journey(
        @Schema(description = JourneyDocs.ID, example = JourneyDocs.ID_EXAMPLE) UUID id,
        @Schema(description = JourneyDocs.NAME, example = JourneyDocs.NAME_EXAMPLE) String name,
        @Schema(description = "Lifecycle status; changed only by publish and stop.") JourneyStatus status,
        @Schema(description = "Kind of journey.") JourneyType type,
        @Schema(description = "Kind of record addressed.") JourneyTarget target,
        @Schema(description = "Minimum consent a contact needs to enter the journey.") RequiredConsent requiredConsent,
        @Schema(description = JourneyDocs.STARTS_AT, example = JourneyDocs.DATE_EXAMPLE) OffsetDateTime startsAt,
        @Schema(description = JourneyDocs.ENDS_AT, example = JourneyDocs.END_EXAMPLE) OffsetDateTime endsAt,
        @Schema(description = "How the journey repeats; null when it is not recurring.") Recurrence recurrence,
        @Schema(description = JourneyDocs.TIME_ZONE, example = JourneyDocs.TIME_ZONE_EXAMPLE) Integer timeZone,
        @Schema(description = JourneyDocs.SUPPRESSION_SEGMENT, example = JourneyDocs.SEGMENT_EXAMPLE) UUID suppressionSegmentId,
        @Schema(description = JourneyDocs.CONTENT_SETTINGS, example = JourneyDocs.CONTENT_SETTINGS_EXAMPLE) UUID contentSettingsId,
        @Schema(description = JourneyDocs.OWNER, example = JourneyDocs.OWNER_EXAMPLE) UUID ownerId,
        @Schema(description = "The journey's design as a tree of tiles, read from the stored workflow definition, with "
                + "the ids Dataverse keeps in each tile's `stored`. Null when the journey has no design yet, or when the "
                + "stored definition cannot be read as a tree: then `designProblems` says why, and only the raw "
                + "`workflowDefinition` shows it.") Design design,
        @Schema(description = "Why the stored workflow definition cannot be read as a design; empty when it can, or "
                + "when there is none.", accessMode = Schema.AccessMode.READ_ONLY) List<DesignViolation> designProblems,
        @Schema(description = JourneyDocs.WORKFLOW_DEFINITION_READ,
                accessMode = Schema.AccessMode.READ_ONLY) String workflowDefinition,
        @Schema(description = JourneyDocs.DESIGNER_STATE_READ,
                accessMode = Schema.AccessMode.READ_ONLY) String designerState,
        @Schema(description = JourneyDocs.CREATED_AT, example = JourneyDocs.DATE_EXAMPLE) OffsetDateTime createdAt,
        @Schema(description = JourneyDocs.MODIFIED_AT, example = JourneyDocs.DATE_EXAMPLE) OffsetDateTime modifiedAt,
        @Schema(description = JourneyDocs.ETAG, example = JourneyDocs.ETAG_EXAMPLE) String etag) {

    public Journey {
        designProblems = designProblems == null ? List.of() : List.copyOf(designProblems);
    }
}
