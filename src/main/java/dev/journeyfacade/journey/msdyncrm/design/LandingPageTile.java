package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A marketing page tile (LandingPage). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A marketing page tile (ActivityTypeId LandingPage).",
		example = "{\"type\":\"LANDING_PAGE\",\"name\":\"Demo page\","
				+ "\"pageId\":\"46dece00-464a-e911-a873-000d3a1fe344\"}")
public record LandingPageTile(@Schema(description = SchemaText.STORED) @Nullable StoredIds stored,
		@Schema(description = SchemaText.NAME, example = "Demo page") @Nullable String name,
		@Schema(description = SchemaText.NAME_SYSTEM_DEFINED, example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = SchemaText.DESCRIPTION,
				example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@Schema(description = "The marketing page (a GUID); null while none is chosen.",
				example = "46dece00-464a-e911-a873-000d3a1fe344") @Nullable String pageId,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.UNMODELED,
				example = "{}") Map<String, Object> unmodeled,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.NEXT,
				types = "array") @ArraySchema(schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> next)
		implements
			TypedTile,
			HasNext {

	public LandingPageTile {
		unmodeled = Copies.map(unmodeled);
		next = Copies.list(next);
	}

	@Override
	public @Nullable String reference() {
		return pageId;
	}

}
