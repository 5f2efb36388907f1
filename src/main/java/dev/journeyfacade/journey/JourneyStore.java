package dev.journeyfacade.journey;

import dev.journeyfacade.journey.validation.ValidationReport;
import java.util.UUID;

/**
 * Where journeys live: the journey API's one port to its backend (Dataverse's outbound-marketing entity in
 * {@code journey.msdyncrm}). Failures of the backend surface as its own exceptions, which the web layer
 * renders; a missing journey is a 404 from there.
 */
public interface JourneyStore {

    JourneyPage list(JourneyQuery query);

    /** One journey with its design. */
    Journey get(UUID id);

    /** One journey without its design: enough to check its status cheaply. */
    JourneySummary getSummary(UUID id);

    /**
     * Creates a draft under this id unless a journey with the id exists already (create-only). A repeated
     * call never makes a second journey and never overwrites: it returns the existing one, not created.
     */
    CreatedJourney create(UUID id, CreateJourneyRequest journey);

    /** Writes only the changed fields; {@code ifMatch} null = whatever version is current. */
    Journey update(UUID id, JourneyChanges changes, String ifMatch);

    /** Asks the backend to move the journey to this status (publish or stop). */
    Journey changeStatus(UUID id, JourneyStatus status, String ifMatch);

    void delete(UUID id, String ifMatch);

    /** Runs the backend's "check for errors" on a journey, stored or not. */
    ValidationReport validate(Journey journey);
}
