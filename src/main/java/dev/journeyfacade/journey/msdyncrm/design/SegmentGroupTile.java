package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A segment group: the segments whose members enter the journey (ActivityTypeId Segment).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A segment group: which segments' members enter the journey (ActivityTypeId Segment). A journey "
		+ "starts with one.",
		example = "{\"type\":\"SEGMENT_GROUP\",\"mergeMethod\":\"UNION\",\"segments\":[{\"segmentId\":"
				+ "\"24db2671-1529-e911-a9b7-000d3a1e6adc\",\"containment\":\"INCLUDE\","
				+ "\"name\":\"TC407937_DynamicSegment_2KZQ1p\"}],\"next\":[]}")
public record SegmentGroupTile(@Schema(description = SchemaText.STORED) @Nullable StoredIds stored,
		@Schema(description = SchemaText.NAME + " A new group defaults to \"New Segment group\".",
				example = "New Segment group") @Nullable String name,
		@Schema(description = SchemaText.NAME_SYSTEM_DEFINED, example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = SchemaText.DESCRIPTION,
				example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@Schema(description = "How the included segments combine (SegmentMergeMethod); a new group defaults to UNION.",
				example = "UNION") @Nullable SegmentMergeMethod mergeMethod,
		@Schema(description = "The segments of the group, in order.") List<SegmentItem> segments,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.UNMODELED,
				example = "{}") Map<String, Object> unmodeled,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.NEXT,
				types = "array") @ArraySchema(schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> next)
		implements
			TypedTile,
			HasNext {

	public SegmentGroupTile {
		segments = Copies.list(segments);
		unmodeled = Copies.map(unmodeled);
		next = Copies.list(next);
	}

}
