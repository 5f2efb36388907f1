package dev.journeyfacade.journey;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where real-time journeys live: the journey API's port to the real-time backend
 * ({@code journey.msdynmkt}), which owns the entity, its codes, its template action and
 * the documented paths of its definition (ADR 11). A journey that does not exist is
 * {@link JourneyNotFound}; a refused create is {@link JourneyNameTaken} or
 * {@link JourneyNotCreated}; other failures surface as the backend's own exceptions.
 */
public interface RealtimeJourneyStore {

	RealtimeJourneyPage list(RealtimeJourneyQuery query);

	/** One journey with the documented parts of its definition. */
	RealtimeJourney get(UUID id);

	/**
	 * One journey unless it is still at version {@code etag}: empty when the backend
	 * knows it has not changed (Dataverse answered 304 to a conditional read). A backend
	 * that cannot ask conditionally reads the journey; the service compares the versions
	 * either way.
	 * @param etag the opaque tag of an entity tag the API handed out (without {@code W/}
	 * and quotes)
	 */
	default Optional<RealtimeJourney> getIfChanged(UUID id, String etag) {
		return Optional.of(get(id));
	}

	/** One journey without its definition: enough to check its status cheaply. */
	RealtimeJourneySummary getSummary(UUID id);

	/**
	 * Makes a journey from a template, as a draft or published at once. With an
	 * Idempotency-Key, a repeat of a create that succeeded returns that journey, not
	 * created (ADR 12); a name taken by any other journey is {@link JourneyNameTaken}.
	 */
	CreatedRealtimeJourney create(CreateRealtimeJourneyRequest journey, CreateMode mode,
			@Nullable String idempotencyKey);

	void delete(UUID id, @Nullable String ifMatch);

}
