package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An event tile (Event). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An event tile (ActivityTypeId Event).",
		example = "{\"type\":\"EVENT\",\"name\":\"New Event\",\"eventId\":\"306c65eb-18dc-e811-a96a-000d3af29d99\"}")
public record EventTile(@Schema(description = SchemaText.STORED) @Nullable StoredIds stored,
		@Schema(description = SchemaText.NAME, example = "New Event") @Nullable String name,
		@Schema(description = SchemaText.NAME_SYSTEM_DEFINED, example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = SchemaText.DESCRIPTION,
				example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@Schema(description = "The event (a GUID); null while none is chosen.",
				example = "306c65eb-18dc-e811-a96a-000d3af29d99") @Nullable String eventId,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.UNMODELED,
				example = "{}") Map<String, Object> unmodeled,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.NEXT,
				types = "array") @ArraySchema(schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> next)
		implements
			TypedTile,
			HasNext {

	public EventTile {
		unmodeled = Copies.map(unmodeled);
		next = Copies.list(next);
	}

	@Override
	public @Nullable String reference() {
		return eventId;
	}

}
