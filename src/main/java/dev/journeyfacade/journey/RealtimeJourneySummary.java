package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the real-time journey list: the columns a list shows. */
@Schema(description = "A real-time journey as listed: identification, status, trigger and dates.")
public record RealtimeJourneySummary(
		@Schema(description = RealtimeJourneyDocs.ID, example = RealtimeJourneyDocs.ID_EXAMPLE) @Nullable UUID id,
		@Schema(description = RealtimeJourneyDocs.NAME, example = RealtimeJourneyDocs.NAME_EXAMPLE,
				maxLength = JourneyLimits.REALTIME_NAME_MAX) @Nullable String name,
		@Schema(description = "Lifecycle status.") @Nullable RealtimeJourneyStatus status,
		@Schema(description = "How the journey is triggered.") @Nullable JourneyTrigger trigger,
		@Schema(description = RealtimeJourneyDocs.STARTS_AT,
				example = RealtimeJourneyDocs.START_EXAMPLE) @Nullable OffsetDateTime startsAt,
		@Schema(description = RealtimeJourneyDocs.ENDS_AT,
				example = RealtimeJourneyDocs.END_EXAMPLE) @Nullable OffsetDateTime endsAt,
		@Schema(description = JourneyDocs.MODIFIED_AT,
				example = RealtimeJourneyDocs.START_EXAMPLE) @Nullable OffsetDateTime modifiedAt,
		@Schema(description = "Version of the journey as an entity tag; send it back in `If-Match` to delete only "
				+ "this version.", example = JourneyDocs.ETAG_EXAMPLE,
				maxLength = JourneyLimits.ETAG_MAX) @Nullable String etag) {
}
