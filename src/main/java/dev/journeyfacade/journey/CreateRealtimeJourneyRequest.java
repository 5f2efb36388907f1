package dev.journeyfacade.journey;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new real-time journey, made from a template: its name, times and business unit, and
 * what it changes in the template ({@link RealtimeJourneyContent}). Microsoft documents
 * no other way to create one, nor the rest of the template's definition.
 */
@Schema(description = "A new real-time journey, made from a template. `templateId` and `name` are required; the "
		+ "template's audience, segments and messages stay as they are unless the body chooses others.")
public record CreateRealtimeJourneyRequest(
		@Schema(description = "Id of the journey template to start from (see GET /api/v1/realtime-journey-templates).",
				example = RealtimeJourneyDocs.TEMPLATE_EXAMPLE,
				requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Nullable UUID templateId,
		@Schema(description = RealtimeJourneyDocs.NAME, example = RealtimeJourneyDocs.NAME_EXAMPLE,
				requiredMode = Schema.RequiredMode.REQUIRED,
				maxLength = JourneyLimits.REALTIME_NAME_MAX) @NotBlank @Size(
						max = JourneyLimits.REALTIME_NAME_MAX) @Nullable String name,
		@Schema(description = RealtimeJourneyDocs.STARTS_AT + " Must be in the future (Dataverse checks it).",
				example = RealtimeJourneyDocs.START_EXAMPLE) @Nullable OffsetDateTime startsAt,
		@Schema(description = RealtimeJourneyDocs.ENDS_AT + " Must be in the future and after `startsAt`.",
				example = RealtimeJourneyDocs.END_EXAMPLE) @Nullable OffsetDateTime endsAt,
		@Schema(description = "Id of the business unit that is to own the journey; absent: the business unit of the "
				+ "user this service acts as.",
				example = RealtimeJourneyDocs.BUSINESS_UNIT_EXAMPLE) @Nullable UUID businessUnitId,
		@JsonUnwrapped @Valid RealtimeJourneyContent content) {

	public CreateRealtimeJourneyRequest {
		startsAt = JourneyTimes.toSecond(startsAt);
		endsAt = JourneyTimes.toSecond(endsAt);
		content = content == null ? RealtimeJourneyContent.NONE : content;
	}
}
