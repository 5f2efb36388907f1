package dev.journeyfacade.journey;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new journey; only the name is required (as in Dataverse). Also the body of a
 * validation of an unsaved journey. Dates are normalized to UTC minutes on the way in.
 * The design comes as a tree ({@code design}) or, for experts, as the backend's
 * {@link DesignText} (its fields unwrapped in the body); the backend checks and writes
 * either ({@link JourneyInput} checks the whole body).
 */
@Schema(description = "A new journey. Only `name` is required; everything else may be set later.")
public record CreateJourneyRequest(
		@Schema(description = "Optional client-chosen id (a GUID). A create that is repeated with the same id "
				+ "never makes a second journey: it answers 200 with the journey made the first time. "
				+ "Takes precedence over the Idempotency-Key header.",
				example = JourneyDocs.ID_EXAMPLE) @Nullable UUID id,
		@Schema(description = JourneyDocs.NAME, example = JourneyDocs.NAME_EXAMPLE,
				requiredMode = Schema.RequiredMode.REQUIRED,
				maxLength = JourneyLimits.NAME_MAX) @NotBlank @Size(max = JourneyLimits.NAME_MAX) @Nullable String name,
		@JsonUnwrapped @Valid JourneySettings settings,
		@Schema(description = JourneyDocs.DESIGN) @Nullable Design design,
		@JsonUnwrapped @Valid @Nullable DesignText text) {

	public CreateJourneyRequest {
		settings = settings == null ? JourneySettings.NONE : settings;
	}
}
