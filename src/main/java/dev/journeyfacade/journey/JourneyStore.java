package dev.journeyfacade.journey;

import dev.journeyfacade.journey.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where the journeys of {@code /api/v1/journeys} live: the journey API's port to the
 * outbound-marketing backend ({@code journey.msdyncrm}), which owns its entity, its
 * design format, its lifecycle table and its checks (ADR 10; real-time journeys have a
 * port of their own, {@link RealtimeJourneyStore}, ADR 11). A journey that does not exist
 * is {@link JourneyNotFound}; a status that does not allow an action is
 * {@link JourneyStatusConflict}; other failures of the backend surface as its own
 * exceptions, which the web layer renders.
 */
public interface JourneyStore {

	JourneyPage list(JourneyQuery query);

	/** One journey with its design. */
	Journey get(UUID id);

	/**
	 * One journey unless it is still at version {@code etag}: empty when the backend
	 * knows it has not changed (Dataverse answered 304 to a conditional read). A backend
	 * that cannot ask conditionally reads the journey; the journey service compares the
	 * versions either way.
	 * @param etag the opaque tag of an entity tag the API handed out (without {@code W/}
	 * and quotes)
	 */
	default Optional<Journey> getIfChanged(UUID id, String etag) {
		return Optional.of(get(id));
	}

	/** One journey without its design: enough to check its status cheaply. */
	JourneySummary getSummary(UUID id);

	/**
	 * The backend's {@link DesignText}: a record whose components are fields of a body
	 * beside {@code design}, or null when the backend takes the design as a tree only.
	 */
	default @Nullable Class<? extends DesignText> designTextType() {
		return null;
	}

	/**
	 * Every reason the design fields of a body cannot be stored, each naming the field
	 * (down to a tile); empty when they can. Runs before anything is read or written,
	 * beside the body's other checks.
	 */
	List<FieldProblem> checkDesign(DesignFields design);

	/**
	 * Refuses what this backend's lifecycle does not allow from the journey's status,
	 * before anything is written.
	 */
	void checkAllowed(JourneyAction action, UUID id, JourneyStatus status);

	/**
	 * Creates a draft under this id unless a journey with the id exists already
	 * (create-only). A repeated call never makes a second journey and never overwrites:
	 * it returns the existing one, not created.
	 */
	CreatedJourney create(UUID id, CreateJourneyRequest journey);

	/**
	 * A new draft under this id with this name and the settings and design of the source
	 * (as read), create-only like {@link #create}.
	 */
	CreatedJourney copy(Journey source, UUID id, String name);

	/**
	 * Writes only the changed fields of the journey as read; {@code ifMatch} null =
	 * whatever version is current.
	 */
	Journey update(Journey current, JourneyChanges changes, @Nullable String ifMatch);

	/** Starts publishing (the journey is GOING_LIVE when this returns). */
	Journey publish(UUID id, @Nullable String ifMatch);

	/** Starts stopping (the journey is STOPPING when this returns). */
	Journey stop(UUID id, @Nullable String ifMatch);

	void delete(UUID id, @Nullable String ifMatch);

	/** Runs the backend's "check for errors" on a stored journey. */
	ValidationReport validate(UUID id);

	/**
	 * Runs the backend's "check for errors" on a journey that is not stored, as a draft.
	 */
	ValidationReport validateDraft(CreateJourneyRequest draft);

}
