package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A marketing email tile, with the pages, events, surveys and forms nested in it
 * (ActivityTypeId Email).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A marketing email tile (ActivityTypeId Email), with the content it links to nested in it.",
		example = "{\"type\":\"EMAIL\",\"emailId\":\"15bd0ab8-c12a-e911-a9b6-000d3a1e6c14\","
				+ "\"name\":\"Relationship test\"}")
public record EmailTile(@Schema(description = SchemaText.STORED) @Nullable StoredIds stored,
		@Schema(description = SchemaText.NAME, example = "Relationship test") @Nullable String name,
		@Schema(description = SchemaText.NAME_SYSTEM_DEFINED, example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = SchemaText.DESCRIPTION,
				example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@Schema(description = "The marketing email's id (a GUID; see GET /api/v1/emails); null while none is chosen.",
				example = "15bd0ab8-c12a-e911-a9b6-000d3a1e6c14") @Nullable String emailId,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(
				description = "Pages, events, surveys and forms nested in the email, in order.") List<EmailContent> content,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.UNMODELED,
				example = "{}") Map<String, Object> unmodeled,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.NEXT,
				types = "array") @ArraySchema(schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> next)
		implements
			TypedTile,
			HasNext {

	public EmailTile {
		content = Copies.list(content);
		unmodeled = Copies.map(unmodeled);
		next = Copies.list(next);
	}

	@Override
	public @Nullable String reference() {
		return emailId;
	}

}
