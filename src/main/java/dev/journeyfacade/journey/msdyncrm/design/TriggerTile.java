package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A trigger: contacts go down the yes branch when its condition holds, otherwise down the
 * no branch. The condition itself is not publicly documented, so it travels as unmodeled
 * JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A trigger (ActivityTypeId Trigger): members go down `yes` when its condition holds, otherwise "
		+ "down `no`. The condition settings are not publicly documented and travel in `unmodeled`. Both branches "
		+ "need at least one tile.",
		example = "{\"type\":\"TRIGGER\",\"name\":\"registered?\",\"yes\":[{\"type\":\"EMAIL\",\"emailId\":"
				+ "\"15bd0ab8-c12a-e911-a9b6-000d3a1e6c14\",\"name\":\"Welcome\"}],\"no\":[{\"type\":\"SCHEDULER\"}]}")
public record TriggerTile(@Schema(description = SchemaText.STORED) @Nullable StoredIds stored,
		@Schema(description = SchemaText.NAME, example = "registered?") @Nullable String name,
		@Schema(description = SchemaText.NAME_SYSTEM_DEFINED, example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = SchemaText.DESCRIPTION,
				example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.UNMODELED,
				example = "{\"RuleLogic\":\"AND\"}") Map<String, Object> unmodeled,
		@Schema(description = "Tiles on the positive branch (yesBranch).",
				types = "array") @ArraySchema(schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> yes,
		@Schema(description = "Tiles on the negative branch (noBranch).", types = "array") @ArraySchema(
				schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> no)
		implements
			TypedTile {

	public TriggerTile {
		unmodeled = Copies.map(unmodeled);
		yes = Copies.list(yes);
		no = Copies.list(no);
	}
}
