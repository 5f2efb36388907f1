package dev.journeyfacade.journey;

/**
 * The outcome of a real-time create.
 *
 * @param answer what the caller gets
 * @param created true when this call made the journey, false when an earlier call with
 * the same Idempotency-Key had
 */
public record CreatedRealtimeJourney(RealtimeJourneyCreation answer, boolean created) {
}
