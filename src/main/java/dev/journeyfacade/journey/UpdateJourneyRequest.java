package dev.journeyfacade.journey;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The fields an update may change, as a JSON merge patch (RFC 7396): an absent field
 * stays as it is, a field sent as null is cleared, {@code recurrence} merges field by
 * field. Read by {@link JourneyInput}, which validates only the fields present; the
 * constraints here are the per-field rules.
 */
@Schema(description = """
		Changes to a journey as a JSON merge patch (RFC 7396): a field that is absent stays unchanged, a field \
		sent as null is cleared, `recurrence` is merged field by field (send `"recurrence": null` to stop \
		recurring). `status` cannot be changed here: use publish and stop. Unknown and read-only fields \
		(id, status, etag, createdAt, modifiedAt, designProblems) are refused. A new `design` replaces the whole \
		design (send back the `stored` ids of the tiles you keep); the facade keeps the designer state's counters \
		ahead of every id. Send either `design` or the raw pair `workflowDefinition` + `designerState`, not both; \
		`"design": null` clears the design.""")
public record UpdateJourneyRequest(
		@Schema(description = JourneyDocs.NAME + " Cannot be cleared.", example = JourneyDocs.NAME_EXAMPLE,
				requiredMode = RequiredMode.NOT_REQUIRED,
				maxLength = JourneyLimits.NAME_MAX) @NotBlank @Size(max = JourneyLimits.NAME_MAX) @Nullable String name,
		@JsonUnwrapped @Valid JourneySettings settings,
		@Schema(description = JourneyDocs.DESIGN + " Null clears the design (both strings).") @Nullable Design design,
		@JsonUnwrapped @Valid @Nullable DesignText text) {

	public UpdateJourneyRequest {
		settings = settings == null ? JourneySettings.NONE : settings;
	}
}
