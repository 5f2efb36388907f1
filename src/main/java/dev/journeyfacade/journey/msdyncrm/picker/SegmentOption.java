package dev.journeyfacade.journey.msdyncrm.picker;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A segment a journey can target or suppress. */
@Schema(description = "A segment: a journey's audience or suppression list.")
public record SegmentOption(
		@Schema(description = "Segment id (a GUID), as used in `suppressionSegmentId`.",
				example = "24db2671-1529-e911-a9b7-000d3a1e6adc") @Nullable UUID id,
		@Schema(description = "Segment name.", example = "TC407937_DynamicSegment_2KZQ1p") @Nullable String name) {
}
