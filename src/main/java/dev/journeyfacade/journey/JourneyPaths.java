package dev.journeyfacade.journey;

/**
 * The journey API's resource paths, each said once: the controllers map them, the body
 * limit and the backends' switches and availability checks cover them.
 */
public final class JourneyPaths {

	/** Outbound journeys (ADR 10). */
	public static final String JOURNEYS = "/api/v1/journeys";

	/** Real-time journeys, a sibling resource (ADR 11). */
	public static final String REALTIME_JOURNEYS = "/api/v1/realtime-journeys";

	/** Everything below a resource, as a Spring path pattern. */
	public static final String BELOW = "/**";

	private JourneyPaths() {
	}

}
