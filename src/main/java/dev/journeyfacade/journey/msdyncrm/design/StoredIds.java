package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Where Dataverse keeps a tile, as read: assigned by the facade, never chosen by callers.
 * Sending it back unchanged keeps the tile's identity (conditions and reports refer to
 * these ids); a new tile has none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The tile's ids as stored in Dataverse, assigned by the facade. Send them back unchanged to keep "
		+ "the tile's identity; leave them out on a new tile (the facade assigns fresh ones).",
		example = "{\"activityId\":\"01_0_2\",\"activityItemId\":32,\"parentActivityId\":\"01_0\","
				+ "\"parentBranchId\":0,\"parentRelationshipType\":\"Default\"}")
public record StoredIds(
		@Schema(description = "The tile's ActivityId, unique in the design.",
				example = "01_0_2") @Nullable String activityId,
		@Schema(description = "ActivityItemId of the tile's own (header) item, unique in the design.",
				example = "32") @Nullable Integer activityItemId,
		@Schema(description = "ActivityId of the parent tile when read; a tile moved to another parent gets its "
				+ "placement recomputed.", example = "01_0") @Nullable String parentActivityId,
		@Schema(description = "Position among the parent's children when read (ParentBranchId).",
				example = "0") @Nullable Integer parentBranchId,
		@Schema(description = "ParentRelationshipType as read (Default, yesBranch, noBranch), kept with its spelling.",
				example = "Default") @Nullable String parentRelationshipType) {
}
