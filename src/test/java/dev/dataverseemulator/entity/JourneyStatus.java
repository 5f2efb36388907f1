package dev.dataverseemulator.entity;

import java.util.Map;
import java.util.Set;

/**
 * The status reasons of {@code msdyncrm_customerjourney} and the transitions callers may
 * ask for, from the entity's metadata (its status-reason transitions). Going live and
 * Stopping are left only by Dataverse itself.
 */
public final class JourneyStatus {

	public static final int DRAFT = 192350000;

	public static final int LIVE = 192350001;

	public static final int STOPPED = 192350002;

	public static final int LIVE_EDITABLE = 192350003;

	public static final int EXPIRED = 192350004;

	public static final int ERROR = 192350005;

	public static final int GOING_LIVE = 192350006;

	public static final int STOPPING = 192350007;

	private static final Map<Integer, String> LABELS = Map.of(DRAFT, "Draft", LIVE, "Live", STOPPED, "Stopped",
			LIVE_EDITABLE, "Live, editable", EXPIRED, "Expired", ERROR, "Error", GOING_LIVE, "Going live", STOPPING,
			"Stopping");

	private static final Map<Integer, Set<Integer>> CALLER_TRANSITIONS = Map.of(DRAFT, Set.of(GOING_LIVE, EXPIRED),
			LIVE, Set.of(STOPPING, STOPPED, GOING_LIVE, LIVE_EDITABLE, ERROR), STOPPED, Set.of(GOING_LIVE, EXPIRED),
			LIVE_EDITABLE, Set.of(LIVE, GOING_LIVE, ERROR), ERROR, Set.of(GOING_LIVE, STOPPING), GOING_LIVE, Set.of(),
			STOPPING, Set.of(), EXPIRED, Set.of());

	private JourneyStatus() {
	}

	/** Each status reason's label, as its formatted value reads. */
	static Map<Integer, String> labels() {
		return LABELS;
	}

	static boolean callerMayMove(int from, int to) {
		return CALLER_TRANSITIONS.getOrDefault(from, Set.of()).contains(to);
	}

	/** Active (0) for every status but Expired, which is Inactive (1). */
	static int stateOf(int status) {
		return status == EXPIRED ? 1 : 0;
	}

	/** Journeys Dataverse runs: their fields are locked. */
	static boolean isLocked(int status) {
		return status == LIVE || status == GOING_LIVE || status == STOPPING;
	}

	/**
	 * Journeys that are (or are becoming) live cannot be deleted; Live, editable is still
	 * live.
	 */
	static boolean refusesDelete(int status) {
		return isLocked(status) || status == LIVE_EDITABLE;
	}

	static String label(int status) {
		return LABELS.getOrDefault(status, String.valueOf(status)) + " (" + status + ")";
	}

}
