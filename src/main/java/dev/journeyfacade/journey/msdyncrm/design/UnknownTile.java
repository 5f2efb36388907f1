package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A tile the facade does not model (a custom channel, a placeholder, or a known kind
 * written in a shape the facade cannot reproduce exactly): its activity JSON is kept
 * whole and written back untouched, except for the links to its parent when it moves.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A tile the facade does not model, such as a custom-channel tile: `activity` is the workflow "
		+ "activity exactly as stored and is written back untouched (only its parent links change if it moves).",
		example = "{\"type\":\"UNKNOWN\",\"activity\":{\"ActivityTypeId\":\"cust_smsmessage\",\"ParentActivityId\":"
				+ "\"01_0\",\"ParentBranchId\":0,\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"01_0_9\","
				+ "\"Properties\":{\"Items\":[]},\"EntityTarget\":\"contact\"},\"next\":[]}")
public record UnknownTile(
		@Schema(description = "The workflow activity as stored: ActivityTypeId, ActivityId, Properties and anything "
				+ "else, in Dataverse's own shape.",
				example = "{\"ActivityTypeId\":\"cust_smsmessage\",\"ActivityId\":\"01_0_9\","
						+ "\"Properties\":{\"Items\":[]}}",
				requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> activity,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = SchemaText.NEXT,
				types = "array") @ArraySchema(schema = @Schema(ref = SchemaText.TILE_REF)) List<Tile> next)
		implements
			Tile,
			HasNext {

	public UnknownTile {
		activity = Copies.map(activity);
		next = Copies.list(next);
	}
}
