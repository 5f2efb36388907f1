package dev.journeyfacade.journey;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The API's one rule for journey dates: UTC, to the minute (Dataverse ignores seconds and
 * milliseconds).
 */
public final class JourneyTimes {

	private JourneyTimes() {
	}

	/** The same instant in UTC with seconds and milliseconds dropped; null stays null. */
	public static @Nullable OffsetDateTime normalize(@Nullable OffsetDateTime time) {
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
	}

	/** True when both are set and the end is not after the start. */
	static boolean endsTooEarly(@Nullable OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt) {
		return startsAt != null && endsAt != null && !endsAt.isAfter(startsAt);
	}

}
