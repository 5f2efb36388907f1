package dev.journeyfacade.journey;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one spelling of a GUID the API accepts: canonical 8-4-4-4-12 hex
 * ({@code UUID.fromString} alone takes {@code 1-1-1-1-1}), checked before anything
 * reaches a URL or a design.
 */
public final class Guids {

	public static final String PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

	private static final Pattern GUID = Pattern.compile(PATTERN);

	private Guids() {
	}

	/** True for a GUID in the canonical form; false for null. */
	public static boolean isGuid(@Nullable String text) {
		return text != null && GUID.matcher(text).matches();
	}

}
