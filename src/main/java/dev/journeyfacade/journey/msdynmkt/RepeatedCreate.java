package dev.journeyfacade.journey.msdynmkt;

import dev.journeyfacade.journey.CreateMode;
import dev.journeyfacade.journey.CreateRealtimeJourneyRequest;
import dev.journeyfacade.journey.RealtimeJourneyStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Whether a journey that has a create's name is the one an earlier attempt of the same
 * create made (ADR 12). The action takes no id of ours and stores no key, so the journey
 * is recognised by what the create wrote into documented columns and paths: the exact
 * name, the template, the times, the business unit, every edit of the template, made by
 * the user this call acts as, within the idempotency window, and (for a create that
 * publishes) no longer a draft. Pure: the store reads the candidates.
 *
 * @param journey the create, as the repeat asks for it
 * @param mode the repeat's mode
 * @param edits the edits the create makes to its template
 * @param actingUser the user this call acts as ({@code WhoAmI}): every create of this
 * service is made as it
 * @param since the start of the idempotency window
 */
record RepeatedCreate(CreateRealtimeJourneyRequest journey, CreateMode mode, List<JsonPathEdit> edits,
		@Nullable UUID actingUser, Instant since) {

	RepeatedCreate {
		edits = List.copyOf(edits);
	}

	/**
	 * Why the journey is not the one an earlier attempt made; null when it is.
	 * @param definition the journey's stored definition parsed, null when unreadable
	 */
	@Nullable String mismatch(RealtimeRows.Journey row, @Nullable JsonNode definition) {
		if (!Objects.equals(row.name(), journey.name())) {
			return "its name is spelt '" + row.name() + "'";
		}
		if (!Objects.equals(row.templateId(), journey.templateId())) {
			return "it was made from another template";
		}
		if (actingUser == null || !actingUser.equals(row.createdBy())) {
			return "another user made it";
		}
		if (row.createdOn() == null || row.createdOn().toInstant().isBefore(since)) {
			return "it was made before the idempotency window";
		}
		if (!sameMinute(row.start(), journey.startsAt()) || !sameMinute(row.end(), journey.endsAt())) {
			return "its start or end differs";
		}
		if (journey.businessUnitId() != null && !journey.businessUnitId().equals(row.businessUnitId())) {
			return "another business unit owns it";
		}
		if (mode == CreateMode.PUBLISH && RealtimeCodes.STATUS.value(row.statusCode()) == RealtimeJourneyStatus.DRAFT) {
			return "it is a draft, and the repeat publishes";
		}
		if (!edits.isEmpty() && definition == null) {
			return "its definition cannot be read";
		}
		for (JsonPathEdit edit : edits) {
			if (!edit.heldBy(definition)) {
				return "its definition holds another value at " + edit.path();
			}
		}
		return null;
	}

	/**
	 * Times are compared to the minute: what Dataverse keeps of this table's times below
	 * the minute is not documented (the outbound table drops it).
	 */
	private static boolean sameMinute(@Nullable OffsetDateTime stored, @Nullable OffsetDateTime asked) {
		if (stored == null || asked == null) {
			return stored == null && asked == null;
		}
		return stored.toInstant()
			.truncatedTo(ChronoUnit.MINUTES)
			.equals(asked.toInstant().truncatedTo(ChronoUnit.MINUTES));
	}

}
