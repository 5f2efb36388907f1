package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the journey list: the columns a list shows, never the design. */
@Schema(description = "A journey as listed: identification, status and dates, without the design.")
public record JourneySummary(
        @Schema(description = JourneyDocs.ID, example = JourneyDocs.ID_EXAMPLE) UUID id,
        @Schema(description = JourneyDocs.NAME, example = JourneyDocs.NAME_EXAMPLE) String name,
        @Schema(description = "Lifecycle status.") JourneyStatus status,
        @Schema(description = "Kind of journey.") JourneyType type,
        @Schema(description = "Kind of record addressed.") JourneyTarget target,
        @Schema(description = JourneyDocs.STARTS_AT, example = JourneyDocs.DATE_EXAMPLE) OffsetDateTime startsAt,
        @Schema(description = JourneyDocs.ENDS_AT, example = JourneyDocs.END_EXAMPLE) OffsetDateTime endsAt,
        @Schema(description = JourneyDocs.MODIFIED_AT, example = JourneyDocs.DATE_EXAMPLE) OffsetDateTime modifiedAt,
        @Schema(description = JourneyDocs.ETAG, example = JourneyDocs.ETAG_EXAMPLE) String etag) {
}
