package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One reason a design cannot be written to Dataverse.
 *
 * @param tileRef where: the tile's path in the design tree ({@code tiles[0].next[1]},
 * {@code tiles[0].segments[0]}, {@code root}); for a workflow definition that cannot be
 * read as a tree, the activity's ActivityId, or {@code [3]} for an array element without
 * one; empty for the design as a whole
 * @param reason what is wrong, in a sentence a frontend can show
 */
@Schema(description = "Why a workflow definition cannot be read as a design tree (or a design cannot be written).")
public record DesignViolation(
		@Schema(description = "Where: the activity's ActivityId in the stored definition (or `[3]` for the fourth "
				+ "array element when it has none), a tile's path in the design tree such as `tiles[0].next[1]`, or "
				+ "empty for the definition as a whole.", example = "01_0_2") String tileRef,
		@Schema(description = "What is wrong, in a sentence a frontend can show.",
				example = "parent activity 01_0_1 does not exist") String reason) {
}
