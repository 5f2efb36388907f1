package dev.journeyfacade.journey;

/**
 * The journey API's limits, each said once: the constraints, the OpenAPI schema (which
 * reads the constraints) and the code read these constants.
 */
public final class JourneyLimits {

	/** A journey's name: Dataverse's limit for the outbound journey's name. */
	public static final int NAME_MAX = 100;

	/** A real-time journey's name: Dataverse's limit for that table's name column. */
	public static final int REALTIME_NAME_MAX = 150;

	/** An action id of a real-time journey's definition, as a create names it. */
	public static final int ACTION_ID_MAX = 100;

	/** Segments in one list of a real-time create (exclusions, suppressions). */
	public static final int SEGMENTS_MAX = 100;

	/** Messages one real-time create chooses. */
	public static final int MESSAGES_MAX = 100;

	/** Dataverse's time-zone codes ({@code timezonecode}). */
	public static final int TIME_ZONE_MIN = -1500;

	public static final int TIME_ZONE_MAX = 1500;

	/** The raw workflow definition and designer state, Dataverse's column limits. */
	public static final int WORKFLOW_DEFINITION_MAX = 1_048_576;

	public static final int DESIGNER_STATE_MAX = 100_000;

	/** Rows per page of every list. */
	public static final int PAGE_SIZE_MAX = 200;

	/** Search text of every list. */
	public static final int QUERY_MAX = 100;

	/** A page token (it wraps Dataverse's next link). */
	public static final int PAGE_TOKEN_MAX = 8192;

	/**
	 * An entity tag as the API shows it: Dataverse's {@code W/"<row version>"}, a row
	 * version being a 64-bit number (at most 20 digits).
	 */
	public static final int ETAG_MAX = 32;

	/** An {@code Idempotency-Key} header. */
	public static final int IDEMPOTENCY_KEY_MAX = 255;

	private JourneyLimits() {
	}

}
