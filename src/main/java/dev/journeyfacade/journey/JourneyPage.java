package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of journeys and the token for the next. */
@Schema(description = "A page of journeys.")
public record JourneyPage(
		@ArraySchema(arraySchema = @Schema(description = "The journeys of this page, in the requested order."),
				maxItems = JourneyLimits.PAGE_SIZE_MAX) List<JourneySummary> items,
		@Schema(description = "Opaque token for the next page (pass it as `pageToken`); null on the last page.",
				example = "eyJ2IjoxLCJsIjoiaHR0cHM6Ly8uLi4ifQ",
				maxLength = JourneyLimits.PAGE_TOKEN_MAX) @Nullable String nextPageToken) {

	public JourneyPage {
		items = List.copyOf(items);
	}
}
