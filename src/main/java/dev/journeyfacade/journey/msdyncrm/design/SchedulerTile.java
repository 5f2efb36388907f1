package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scheduler (wait) tile. Its timing settings are not publicly documented, so they
 * travel as unmodeled JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A scheduler (wait) tile (ActivityTypeId Scheduler). Its timing settings are not publicly "
		+ "documented and travel in `unmodeled` as the designer wrote them.",
		example = "{\"type\":\"SCHEDULER\",\"name\":\"New Scheduler\",\"unmodeled\":{\"OffsetType\":\"Duration\","
				+ "\"ScheduledDurationUnit\":\"Day\",\"ScheduledDurationValue\":2}}")
public record SchedulerTile(@Schema(description = SchemaText.STORED) @Nullable StoredIds stored,
		@Schema(description = SchemaText.NAME + " A new scheduler defaults to \"New Scheduler\".",
				example = "New Scheduler") @Nullable String name,
		@Schema(description = SchemaText.NAME_SYSTEM_DEFINED, example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = SchemaText.DESCRIPTION,
				example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.UNMODELED,
				example = "{\"OffsetType\":\"Duration\"}") Map<String, Object> unmodeled,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.NEXT,
				types = "array") @ArraySchema(schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> next)
		implements
			TypedTile,
			HasNext {

	public SchedulerTile {
		unmodeled = Copies.map(unmodeled);
		next = Copies.list(next);
	}
}
