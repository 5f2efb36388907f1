package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One branch of a splitter; the tiles of the branch follow it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One branch of a splitter (ActivityTypeId SplitterBranch); only allowed in a splitter's "
		+ "`branches`. Its share settings are not publicly documented and travel in `unmodeled`.",
		example = "{\"type\":\"SPLITTER_BRANCH\",\"next\":[{\"type\":\"EMAIL\",\"emailId\":"
				+ "\"15bd0ab8-c12a-e911-a9b6-000d3a1e6c14\",\"name\":\"Variant A\"}]}")
public record SplitterBranchTile(@Schema(description = SchemaText.STORED) @Nullable StoredIds stored,
		@Schema(description = SchemaText.NAME, example = "Branch A") @Nullable String name,
		@Schema(description = SchemaText.NAME_SYSTEM_DEFINED, example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = SchemaText.DESCRIPTION,
				example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.UNMODELED,
				example = "{}") Map<String, Object> unmodeled,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.NEXT,
				types = "array") @ArraySchema(schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> next)
		implements
			TypedTile,
			HasNext {

	public SplitterBranchTile {
		unmodeled = Copies.map(unmodeled);
		next = Copies.list(next);
	}
}
