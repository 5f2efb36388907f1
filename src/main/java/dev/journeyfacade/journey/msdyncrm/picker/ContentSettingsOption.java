package dev.journeyfacade.journey.msdyncrm.picker;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Content settings a journey's messages can use. */
@Schema(description = "Content settings: sender details and footers used by a journey's messages.")
public record ContentSettingsOption(
		@Schema(description = "Content settings id (a GUID), as used in `contentSettingsId`.",
				example = "1922b1d8-0523-e911-a9ba-000d3a1e689f") @Nullable UUID id,
		@Schema(description = "Content settings name.", example = "Default content settings") @Nullable String name) {
}
