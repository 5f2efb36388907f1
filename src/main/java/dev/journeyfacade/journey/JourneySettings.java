package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A journey's settings, said once: a journey as read, a new one and an update carry them
 * unwrapped (the JSON has them beside {@code name}, as ever), so a setting added here is
 * in all three, documented and validated the same way. Dates are normalized to UTC
 * minutes (Dataverse ignores seconds and milliseconds).
 */
@Schema(description = "A journey's settings.")
public record JourneySettings(@Schema(
		description = "Kind of journey; when a new journey has none, Dataverse's default (AUTOMATED).") @NotUnknown @Nullable JourneyType type,
		@Schema(description = "Kind of record addressed; when a new journey has none, Dataverse's default (CONTACT).") @NotUnknown @Nullable JourneyTarget target,
		@Schema(description = "Minimum consent a contact needs to enter the journey.") @NotUnknown @Nullable RequiredConsent requiredConsent,
		@Schema(description = JourneyDocs.STARTS_AT,
				example = JourneyDocs.DATE_EXAMPLE) @Nullable OffsetDateTime startsAt,
		@Schema(description = JourneyDocs.ENDS_AT, example = JourneyDocs.END_EXAMPLE) @Nullable OffsetDateTime endsAt,
		@Schema(description = "How the journey repeats; null when it is not recurring. An update merges it field by "
				+ "field into the current recurrence (null stops recurring); the result must have both fields.") @Valid @Nullable Recurrence recurrence,
		@Schema(description = JourneyDocs.TIME_ZONE,
				example = JourneyDocs.TIME_ZONE_EXAMPLE) @Min(JourneyLimits.TIME_ZONE_MIN) @Max(JourneyLimits.TIME_ZONE_MAX) @Nullable Integer timeZone,
		@Schema(description = JourneyDocs.SUPPRESSION_SEGMENT,
				example = JourneyDocs.SEGMENT_EXAMPLE) @Nullable UUID suppressionSegmentId,
		@Schema(description = JourneyDocs.CONTENT_SETTINGS,
				example = JourneyDocs.CONTENT_SETTINGS_EXAMPLE) @Nullable UUID contentSettingsId,
		@Schema(description = JourneyDocs.OWNER, example = JourneyDocs.OWNER_EXAMPLE) @Nullable UUID ownerId) {

	/**
	 * The settings by name, in the record's order, so that a backend writes each with an
	 * exhaustive switch: a setting added here does not compile until every backend writes
	 * it ({@code JourneySettingsTest} keeps this list and the components the same).
	 */
	public enum Field {

		TYPE("type"), TARGET("target"), REQUIRED_CONSENT("requiredConsent"), STARTS_AT("startsAt"), ENDS_AT("endsAt"),
		RECURRENCE("recurrence"), TIME_ZONE("timeZone"), SUPPRESSION_SEGMENT_ID("suppressionSegmentId"),
		CONTENT_SETTINGS_ID("contentSettingsId"), OWNER_ID("ownerId");

		private final String apiName;

		Field(String apiName) {
			this.apiName = apiName;
		}

		/** The setting's name in the JSON (the record component's). */
		public String apiName() {
			return apiName;
		}

	}

	/** No setting at all. */
	public static final JourneySettings NONE = new JourneySettings(null, null, null, null, null, null, null, null, null,
			null);

	public JourneySettings {
		startsAt = JourneyTimes.normalize(startsAt);
		endsAt = JourneyTimes.normalize(endsAt);
	}

	/**
	 * These settings without the UNKNOWN values, which read codes a backend cannot be
	 * given back.
	 */
	public JourneySettings known() {
		return new JourneySettings(known(type), known(target), known(requiredConsent), startsAt, endsAt, recurrence,
				timeZone, suppressionSegmentId, contentSettingsId, ownerId);
	}

	private static <E extends Enum<E>> E known(E value) {
		return NotUnknown.Validator.isUnknown(value) ? null : value;
	}
}
