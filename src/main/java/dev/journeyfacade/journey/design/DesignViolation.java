package dev.journeyfacade.journey.design;

/**
 * One reason a design cannot be written to Dataverse.
 *
 * @param tileRef where: the tile's path in the design tree ({@code tiles[0].next[1]},
 *                {@code tiles[0].segments[0]}, {@code root}); for a workflow definition that cannot be read as a
 *                tree, the activity's ActivityId, or {@code [3]} for an array element without one; empty for the
 *                design as a whole
 * @param reason  what is wrong, in a sentence a frontend can show
 */
public record DesignViolation(String tileRef, String reason) {
}
