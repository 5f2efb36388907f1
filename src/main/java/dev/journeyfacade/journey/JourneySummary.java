package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the journey list: the columns a list shows, never the design. */
@Schema(description = "A journey as listed: identification, status and dates, without the design.")
public record JourneySummary(@Schema(description = JourneyDocs.ID, example = JourneyDocs.ID_EXAMPLE) @Nullable UUID id,
		@Schema(description = JourneyDocs.NAME, example = JourneyDocs.NAME_EXAMPLE,
				maxLength = JourneyLimits.NAME_MAX) @Nullable String name,
		@Schema(description = "Lifecycle status.") @Nullable JourneyStatus status,
		@Schema(description = "Kind of journey.") @Nullable JourneyType type,
		@Schema(description = "Kind of record addressed.") @Nullable JourneyTarget target,
		@Schema(description = JourneyDocs.STARTS_AT,
				example = JourneyDocs.DATE_EXAMPLE) @Nullable OffsetDateTime startsAt,
		@Schema(description = JourneyDocs.ENDS_AT, example = JourneyDocs.END_EXAMPLE) @Nullable OffsetDateTime endsAt,
		@Schema(description = JourneyDocs.MODIFIED_AT,
				example = JourneyDocs.DATE_EXAMPLE) @Nullable OffsetDateTime modifiedAt,
		@Schema(description = JourneyDocs.ETAG, example = JourneyDocs.ETAG_EXAMPLE,
				maxLength = JourneyLimits.ETAG_MAX) @Nullable String etag) {
}
