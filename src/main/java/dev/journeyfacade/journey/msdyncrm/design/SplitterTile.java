package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A splitter: divides the members among its splitter branches. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A splitter (ActivityTypeId Splitter): divides the members among its branches, each a "
		+ "SPLITTER_BRANCH tile. Its settings are not publicly documented and travel in `unmodeled`.",
		example = "{\"type\":\"SPLITTER\",\"branches\":[{\"type\":\"SPLITTER_BRANCH\",\"next\":[]},"
				+ "{\"type\":\"SPLITTER_BRANCH\",\"next\":[]}]}")
public record SplitterTile(@Schema(description = SchemaText.STORED) @Nullable StoredIds stored,
		@Schema(description = SchemaText.NAME, example = "Split by thirds") @Nullable String name,
		@Schema(description = SchemaText.NAME_SYSTEM_DEFINED, example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = SchemaText.DESCRIPTION,
				example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.UNMODELED,
				example = "{}") Map<String, Object> unmodeled,
		@Schema(description = "The splitter's branches, in order: SPLITTER_BRANCH tiles, at least two.",
				types = "array") @ArraySchema(schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> branches)
		implements
			TypedTile {

	public SplitterTile {
		unmodeled = Copies.map(unmodeled);
		branches = Copies.list(branches);
	}
}
