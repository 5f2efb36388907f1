package dev.journeyfacade.journey;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The API's rules for journey dates: UTC; to the minute for outbound journeys (Dataverse
 * ignores their seconds and milliseconds), to the second for real-time ones (Microsoft's
 * examples give seconds).
 */
public final class JourneyTimes {

	private JourneyTimes() {
	}

	/** The same instant in UTC with seconds and milliseconds dropped; null stays null. */
	public static @Nullable OffsetDateTime normalize(@Nullable OffsetDateTime time) {
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
	}

	/** The same instant in UTC with milliseconds dropped; null stays null. */
	public static @Nullable OffsetDateTime toSecond(@Nullable OffsetDateTime time) {
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	/** True when both are set and the end is not after the start. */
	static boolean endsTooEarly(@Nullable OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt) {
		return startsAt != null && endsAt != null && !endsAt.isAfter(startsAt);
	}

}
