package dev.journeyfacade.journey.msdyncrm.picker;

/**
 * The outbound pickers' paths and entity sets, said once: their controller maps the
 * paths, the outbound backend's switch and availability check cover them; the sets are
 * also those a journey's lookups bind to.
 */
public final class Pickers {

	public static final String SEGMENTS = "/api/v1/segments";

	public static final String EMAILS = "/api/v1/emails";

	public static final String CONTENT_SETTINGS = "/api/v1/content-settings";

	public static final String SEGMENT_SET = "msdyncrm_segments";

	public static final String EMAIL_SET = "msdyncrm_marketingemails";

	/** Sic: "…settingses" fails. */
	public static final String CONTENT_SETTINGS_SET = "msdyncrm_contentsettingss";

	private Pickers() {
	}

}
