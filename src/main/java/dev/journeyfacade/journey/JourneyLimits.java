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

	/** Rows per page of every list: 1 to the maximum, the default when not asked. */
	public static final int PAGE_SIZE_MIN = 1;

	public static final int PAGE_SIZE_MAX = 200;

	/** A string, as {@code @RequestParam} takes its default. */
	public static final String PAGE_SIZE_DEFAULT = "50";

	/** The page sizes a list takes, in words for the API's descriptions. */
	public static final String PAGE_SIZE_RANGE = PAGE_SIZE_MIN + " to " + PAGE_SIZE_MAX;

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
