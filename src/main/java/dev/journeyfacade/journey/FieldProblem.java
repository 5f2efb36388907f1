package dev.journeyfacade.journey;

/**
 * A broken rule of a request body, where a caller has to change it.
 *
 * @param field the field as a path into the body, down to a tile
 * ({@code design.tiles[0].next[1]})
 * @param reason why, in a sentence a frontend can show
 */
public record FieldProblem(String field, String reason) {
}
