package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One segment inside a segment group: which segment, and whether its members are included
 * or excluded.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A segment inside a segment group (a SegmentItem in the workflow definition).",
		example = "{\"segmentId\":\"24db2671-1529-e911-a9b7-000d3a1e6adc\",\"containment\":\"INCLUDE\","
				+ "\"name\":\"TC407937_DynamicSegment_2KZQ1p\",\"dciSegmentName\":\"TC407937_DynamicSegment_2KZQ1p\"}")
public record SegmentItem(
		@Schema(description = "The segment's id (a GUID; see GET /api/v1/segments); null while none is chosen.",
				example = "24db2671-1529-e911-a9b7-000d3a1e6adc") @Nullable String segmentId,
		@Schema(description = "Include or exclude the segment's members; a new item defaults to INCLUDE.",
				example = "INCLUDE") @Nullable SegmentContainment containment,
		@Schema(description = "Title shown on the item.",
				example = "TC407937_DynamicSegment_2KZQ1p") @Nullable String name,
		@Schema(description = "True when the designer may replace the title with the segment's name; a new item "
				+ "defaults to true.", example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = "SegmentSourceType; a new item defaults to Segment.",
				example = "Segment") @Nullable String sourceType,
		@Schema(description = "The segment's unique (internal) name (DciSegmentName).",
				example = "TC407937_DynamicSegment_2KZQ1p") @Nullable String dciSegmentName,
		@Schema(description = "The segment's display name (SegmentDisplayName); a new item defaults to its title.",
				example = "TC407937_DynamicSegment_2KZQ1p") @Nullable String displayName,
		@Schema(description = "Description; a new item defaults to an empty one.",
				example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@Schema(description = "ActivityItemId as stored, assigned by the facade; send back unchanged, leave out on a "
				+ "new item.", example = "24") @Nullable Integer activityItemId,
		@Schema(description = "Item properties the facade does not model, carried through unchanged.",
				example = "{}") Map<String, Object> unmodeled) {

	public SegmentItem {
		unmodeled = Copies.map(unmodeled);
	}

	/** A new item including the given segment. */
	public static SegmentItem include(String segmentId, String name, String dciSegmentName) {
		return new SegmentItem(segmentId, SegmentContainment.INCLUDE, name, null, null, dciSegmentName, null, null,
				null, null);
	}

	/** A new item excluding the given segment. */
	public static SegmentItem exclude(String segmentId, String name, String dciSegmentName) {
		return new SegmentItem(segmentId, SegmentContainment.EXCLUDE, name, null, null, dciSegmentName, null, null,
				null, null);
	}
}
