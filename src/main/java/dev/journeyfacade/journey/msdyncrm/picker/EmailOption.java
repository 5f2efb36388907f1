package dev.journeyfacade.journey.msdyncrm.picker;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A marketing email a journey can send. */
@Schema(description = "A marketing email a journey can send.")
public record EmailOption(
		@Schema(description = "Email id (a GUID).", example = "15bd0ab8-c12a-e911-a9b6-000d3a1e6c14") @Nullable UUID id,
		@Schema(description = "Email name.", example = "Relationship test") @Nullable String name,
		@Schema(description = "Subject line.", example = "Let's stay in touch") @Nullable String subject) {
}
