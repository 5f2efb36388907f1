package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The message one action of a real-time journey sends. */
@Schema(description = "The message one action of a real-time journey sends.")
public record MessageChoice(
		@Schema(description = "Id of the action in the template's definition (Microsoft's examples use GUIDs).",
				example = "6b461239-d698-449d-9196-0e365753798e", requiredMode = Schema.RequiredMode.REQUIRED,
				maxLength = JourneyLimits.ACTION_ID_MAX) @NotBlank @Size(
						max = JourneyLimits.ACTION_ID_MAX) @Nullable String actionId,
		@Schema(description = "Kind of message the action sends.",
				requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Nullable MessageChannel channel,
		@Schema(description = "Id of the email, text message or push notification. On a journey as read, null when the "
				+ "action has no message yet; a create must name one.",
				example = "e7e3cf6c-1d89-f011-b4cc-000d3a306706") @NotNull @Nullable UUID messageId) {
}
