package dev.journeyfacade.journey.msdynmkt;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A template a real-time journey can be created from. */
@Schema(description = "A journey template: what a real-time journey is created from.")
public record JourneyTemplateOption(
		@Schema(description = "Template id (a GUID), as used in `templateId`.",
				example = "12345678-1234-1234-1234-123456789012") @Nullable UUID id,
		@Schema(description = "Template name.", example = "Welcome series") @Nullable String name,
		@Schema(description = "What the template is for, as its author described it.",
				example = "Welcomes new subscribers by email, text message and push.") @Nullable String description) {
}
