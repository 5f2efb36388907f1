package dev.journeyfacade.journey;

/**
 * The outcome of an idempotent create.
 *
 * @param journey the journey as stored
 * @param created true when this call made it, false when an earlier call with the same id
 * already had
 */
public record CreatedJourney(Journey journey, boolean created) {
}
