package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A survey tile (Survey). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A survey tile (ActivityTypeId Survey).",
		example = "{\"type\":\"SURVEY\",\"name\":\"Feedback survey\","
				+ "\"surveyId\":\"5e8a7b22-0c3a-e911-a9b7-000d3a1e6adc\"}")
public record SurveyTile(@Schema(description = SchemaText.STORED) @Nullable StoredIds stored,
		@Schema(description = SchemaText.NAME, example = "Feedback survey") @Nullable String name,
		@Schema(description = SchemaText.NAME_SYSTEM_DEFINED, example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = SchemaText.DESCRIPTION,
				example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@Schema(description = "The survey (a GUID); null while none is chosen.",
				example = "5e8a7b22-0c3a-e911-a9b7-000d3a1e6adc") @Nullable String surveyId,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.UNMODELED,
				example = "{}") Map<String, Object> unmodeled,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.NEXT,
				types = "array") @ArraySchema(schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> next)
		implements
			TypedTile,
			HasNext {

	public SurveyTile {
		unmodeled = Copies.map(unmodeled);
		next = Copies.list(next);
	}

	@Override
	public @Nullable String reference() {
		return surveyId;
	}

}
