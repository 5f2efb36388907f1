package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An activity tile: creates a phone call, task or other activity (CreateCrmActivity). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An activity tile: creates a phone call, task or similar activity (ActivityTypeId "
		+ "CreateCrmActivity). Its template and owner settings are not publicly documented and travel in `unmodeled`.",
		example = "{\"type\":\"CREATE_ACTIVITY\",\"name\":\"Follow-up call\"}")
public record CreateActivityTile(@Schema(description = SchemaText.STORED) @Nullable StoredIds stored,
		@Schema(description = SchemaText.NAME, example = "Follow-up call") @Nullable String name,
		@Schema(description = SchemaText.NAME_SYSTEM_DEFINED, example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = SchemaText.DESCRIPTION,
				example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@Schema(description = "ItemId as stored: the record the tile refers to, if any (not publicly documented "
				+ "for this tile).", example = "0f3e5d21-0c3a-e911-a9b7-000d3a1e6adc") @Nullable String recordId,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.UNMODELED,
				example = "{}") Map<String, Object> unmodeled,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.NEXT,
				types = "array") @ArraySchema(schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> next)
		implements
			TypedTile,
			HasNext {

	public CreateActivityTile {
		unmodeled = Copies.map(unmodeled);
		next = Copies.list(next);
	}

	@Override
	public @Nullable String reference() {
		return recordId;
	}

}
