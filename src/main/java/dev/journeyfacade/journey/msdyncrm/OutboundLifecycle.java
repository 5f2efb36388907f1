package dev.journeyfacade.journey.msdyncrm;

import static dev.journeyfacade.journey.JourneyStatus.DRAFT;
import static dev.journeyfacade.journey.JourneyStatus.ERROR;
import static dev.journeyfacade.journey.JourneyStatus.EXPIRED;
import static dev.journeyfacade.journey.JourneyStatus.GOING_LIVE;
import static dev.journeyfacade.journey.JourneyStatus.LIVE;
import static dev.journeyfacade.journey.JourneyStatus.LIVE_EDITABLE;
import static dev.journeyfacade.journey.JourneyStatus.STOPPED;
import static dev.journeyfacade.journey.JourneyStatus.STOPPING;
import static dev.journeyfacade.journey.JourneyStatus.UNKNOWN;

import dev.journeyfacade.journey.JourneyAction;
import dev.journeyfacade.journey.JourneyStatus;
import dev.journeyfacade.journey.JourneyStatusConflict;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The outbound journey's lifecycle table (ADR 6): which statuses allow which action. The
 * transitions follow Dataverse's own table for the entity (its status-reason transitions
 * in the entity metadata of {@code msdyncrm_customerjourney}), so a refused action
 * answers 409 here instead of a Dataverse 400 after a round trip.
 */
final class OutboundLifecycle {

	/**
	 * Publish sets Going live, which Dataverse allows from Draft, Stopped, Error, Live
	 * and Live-editable.
	 */
	static final Set<JourneyStatus> PUBLISHABLE = EnumSet.of(DRAFT, STOPPED, ERROR, LIVE, LIVE_EDITABLE);

	/**
	 * Stop sets Stopping, which Dataverse allows from Live and Error only: in Dataverse's
	 * transition table Live-editable may only go to Live, Going live or Error, so such a
	 * journey has to be published again before it can be stopped, and the 409 says so.
	 */
	static final Set<JourneyStatus> STOPPABLE = EnumSet.of(LIVE, ERROR);

	/**
	 * Updates: a running or transitioning journey is locked (Live-editable is Dataverse's
	 * way of opening a live one for edits), and an expired one is inactive. UNKNOWN
	 * passes: Dataverse decides.
	 */
	static final Set<JourneyStatus> NOT_UPDATABLE = EnumSet.of(LIVE, GOING_LIVE, STOPPING, EXPIRED);

	/**
	 * Live journeys cannot be deleted, nor ones Dataverse is publishing or stopping.
	 * UNKNOWN passes: Dataverse decides.
	 */
	static final Set<JourneyStatus> NOT_DELETABLE = EnumSet.of(LIVE, LIVE_EDITABLE, GOING_LIVE, STOPPING);

	private OutboundLifecycle() {
	}

	/**
	 * @throws JourneyStatusConflict when the status does not allow the action
	 */
	static void check(JourneyAction action, UUID id, JourneyStatus status) {
		switch (action) {
			case PUBLISH -> checkPublish(id, status);
			case STOP -> checkStop(id, status);
			case UPDATE -> checkUpdate(id, status);
			case DELETE -> checkDelete(id, status);
		}
	}

	static void checkPublish(UUID id, JourneyStatus status) {
		if (!PUBLISHABLE.contains(status)) {
			throw new JourneyStatusConflict(id, status, JourneyAction.PUBLISH, PUBLISHABLE, "");
		}
	}

	static void checkStop(UUID id, JourneyStatus status) {
		if (!STOPPABLE.contains(status)) {
			String hint = status == LIVE_EDITABLE
					? " Dataverse does not stop a LIVE_EDITABLE journey: publish it again, then stop it." : "";
			throw new JourneyStatusConflict(id, status, JourneyAction.STOP, STOPPABLE, hint);
		}
	}

	static void checkUpdate(UUID id, JourneyStatus status) {
		if (NOT_UPDATABLE.contains(status)) {
			String hint = status == LIVE
					? " A live journey is locked; stop it first, or make it LIVE_EDITABLE in Dynamics 365." : "";
			throw new JourneyStatusConflict(id, status, JourneyAction.UPDATE, allowedBesides(NOT_UPDATABLE), hint);
		}
	}

	static void checkDelete(UUID id, JourneyStatus status) {
		if (NOT_DELETABLE.contains(status)) {
			String hint = status == LIVE || status == LIVE_EDITABLE ? " Stop it first." : "";
			throw new JourneyStatusConflict(id, status, JourneyAction.DELETE, allowedBesides(NOT_DELETABLE), hint);
		}
	}

	private static Set<JourneyStatus> allowedBesides(Set<JourneyStatus> refused) {
		Set<JourneyStatus> allowed = EnumSet.complementOf(EnumSet.copyOf(refused));
		allowed.remove(UNKNOWN);
		return allowed;
	}

}
