package dev.journeyfacade.journey;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One real-time journey as read: its columns, and the documented parts of its definition
 * ({@link RealtimeJourneyContent}) as far as the stored definition holds them.
 */
@Schema(description = "A real-time journey: its status, trigger, dates and template, and whom it addresses and what "
		+ "it sends, read from the documented parts of its definition (null or empty where the definition holds none).")
public record RealtimeJourney(
		@Schema(description = RealtimeJourneyDocs.ID, example = RealtimeJourneyDocs.ID_EXAMPLE) @Nullable UUID id,
		@Schema(description = RealtimeJourneyDocs.NAME, example = RealtimeJourneyDocs.NAME_EXAMPLE,
				maxLength = JourneyLimits.REALTIME_NAME_MAX) @Nullable String name,
		@Schema(description = "Lifecycle status.") @Nullable RealtimeJourneyStatus status,
		@Schema(description = "How the journey is triggered.") @Nullable JourneyTrigger trigger,
		@Schema(description = RealtimeJourneyDocs.STARTS_AT,
				example = RealtimeJourneyDocs.START_EXAMPLE) @Nullable OffsetDateTime startsAt,
		@Schema(description = RealtimeJourneyDocs.ENDS_AT,
				example = RealtimeJourneyDocs.END_EXAMPLE) @Nullable OffsetDateTime endsAt,
		@Schema(description = "Id of the template the journey was made from.",
				example = RealtimeJourneyDocs.TEMPLATE_EXAMPLE) @Nullable UUID templateId,
		@JsonUnwrapped RealtimeJourneyContent content,
		@Schema(description = "Id of the Dataverse user (systemuser) or team that owns the journey.",
				example = JourneyDocs.OWNER_EXAMPLE) @Nullable UUID ownerId,
		@Schema(description = "Id of the business unit that owns the journey.",
				example = RealtimeJourneyDocs.BUSINESS_UNIT_EXAMPLE) @Nullable UUID businessUnitId,
		@JsonUnwrapped JourneyAudit audit,
		@Schema(description = JourneyDocs.CREATED_AT,
				example = RealtimeJourneyDocs.START_EXAMPLE) @Nullable OffsetDateTime createdAt,
		@Schema(description = JourneyDocs.MODIFIED_AT,
				example = RealtimeJourneyDocs.START_EXAMPLE) @Nullable OffsetDateTime modifiedAt,
		@Schema(description = "Version of the journey as an entity tag; send it back in `If-Match` to delete only "
				+ "this version.", example = JourneyDocs.ETAG_EXAMPLE,
				maxLength = JourneyLimits.ETAG_MAX) @Nullable String etag) {

	public RealtimeJourney {
		content = content == null ? RealtimeJourneyContent.NONE : content;
		audit = audit == null ? JourneyAudit.NONE : audit;
	}
}
