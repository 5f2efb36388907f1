package dev.journeyfacade.journey;

import java.util.Locale;

/**
 * What a caller asks of a stored journey that its status may refuse; each backend has its
 * own table of them.
 */
public enum JourneyAction {

	UPDATE, DELETE, PUBLISH, STOP;

	/** As a problem's detail names it: {@code publish}. */
	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
