package dev.journeyfacade.journey.msdynmkt;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A sentence for each error code Microsoft documents for
 * {@code msdynmkt_CreateJourneyFromTemplate}
 * (learn.microsoft.com/dynamics365/customer-insights/journeys/developer/create-journey-template-api,
 * "Error codes"), in the API's words (its field names), and a generic one that names the
 * code for every other: nothing is invented about a code Microsoft does not describe.
 */
final class CreateErrorMessages {

	static final String DUPLICATE_JOURNEY_NAME = "DuplicateJourneyName";

	/**
	 * The codes after which no journey can have been made, whatever id the answer names:
	 * the name, the template, the JSONPath edits, the journey's own fields or its
	 * business unit could not be used, so there was nothing to save. The page's checks of
	 * the journey itself (segments, messages, times) are left to the read-back of the id.
	 */
	static final Set<String> PREVENTS_CREATE = Set.of(DUPLICATE_JOURNEY_NAME, "EmptyJourneyName",
			"InvalidJourneyTemplateId", "InvalidJson", "InvalidJsonPathModifications", "InvalidJourneyJsonInTemplate",
			"InvalidJsonPath", "InvalidJsonAfterModificationApplied", "UnableToSelectJsonToken",
			"UnableToApplyJourneyEntityFieldChanges", "InvalidBusinessUnit", "NonExistingBusinessUnit",
			"InvalidJourneyId");

	private static final String TEMPLATE_FAULT = " An administrator must fix the template, or choose another one.";

	private static final Map<String, String> KNOWN = Map.ofEntries(
			Map.entry("InvalidJson",
					"The journey's definition could not be read after the template was changed: check the choices "
							+ "against the template."),
			Map.entry("InvalidJourneyTemplateId",
					"templateId names no journey template: choose one from GET /api/v1/realtime-journey-templates."),
			Map.entry("InvalidJsonPathModifications",
					"Dataverse could not read the changes to the template that this service sent."),
			Map.entry("InvalidJourneyJsonInTemplate", "The template's journey definition is invalid." + TEMPLATE_FAULT),
			Map.entry("InvalidJsonPath",
					"The template has no place for one of the choices (the audience, the exclusion or suppression "
							+ "segments, or the message of an action): check the action ids, leave the choice out, or "
							+ "choose another template."),
			Map.entry("InvalidJsonAfterModificationApplied",
					"A choice does not fit the place the template keeps it in (for example a message of another "
							+ "kind than the action sends): check the choices against the template."),
			Map.entry("UnableToSelectJsonToken",
					"One of the choices could not be applied to the template: check the action ids against the "
							+ "template."),
			Map.entry("UnableToApplyJourneyEntityFieldChanges",
					"Dataverse could not apply the journey's own fields (name, startsAt, endsAt, businessUnitId)."),
			Map.entry("EventDataSourceInNonEventJourney",
					"A message personalizes from an event, which only a journey triggered by an event can do."
							+ TEMPLATE_FAULT),
			Map.entry("CdsProfileDataSourceInvalidSourceType",
					"A message personalizes from a kind of record the journey does not address." + TEMPLATE_FAULT),
			Map.entry("InvalidEventDataSourceOutputPath",
					"A message personalizes from an event field that the event does not have." + TEMPLATE_FAULT),
			Map.entry("InvalidTimeZoneName", "The journey's time zone is not a valid time-zone id." + TEMPLATE_FAULT),
			Map.entry("WaitUntilTimeInPast", "A wait of the journey waits until a time in the past." + TEMPLATE_FAULT),
			Map.entry("UnableToDeserializePlaceholderBinding",
					"A message's personalization could not be read: check the messages chosen."),
			Map.entry("InvalidDefinition",
					"The journey's definition is incomplete, for example without an audience: set "
							+ "audienceSegmentId (unless the journey is triggered by an event), or check the template."),
			Map.entry("EmptyJourneyName", "name is empty: give the journey a name."),
			Map.entry(DUPLICATE_JOURNEY_NAME, "Another real-time journey has this name: choose another name."),
			Map.entry("InvalidTimeRange", "endsAt must be after startsAt."),
			Map.entry("InvalidStartTime", "startsAt must be in the future."),
			Map.entry("InvalidEndTime", "endsAt must be in the future."),
			Map.entry("InvalidBusinessUnit",
					"businessUnitId must not be the empty GUID: send a business unit's id, or leave it out."),
			Map.entry("NonExistingBusinessUnit", "businessUnitId names no business unit."),
			Map.entry("InvalidJourneyId",
					"Dataverse could not check the journey's id, usually an error of its own: try again, and report "
							+ "it to Microsoft support if it persists."),
			Map.entry("NonExistingSegment",
					"A segment of the journey (its audience, an exclusion or a suppression segment) does not exist: "
							+ "check the segment ids."),
			Map.entry("SegmentNotInLiveState",
					"A segment of the journey is not live: activate it before using it in a journey."),
			Map.entry("SegmentEntityMismatch",
					"A segment is about another kind of record than the journey addresses: choose segments of the "
							+ "journey's kind of record."),
			Map.entry("NonExistingMessage",
					"A message of the journey (an email, text message or push notification) does not exist: check "
							+ "the messageIds."),
			Map.entry("NotReadyToSendMessageState",
					"A message of the journey is not ready to send: finish it in Dataverse, or create the journey "
							+ "as a draft."),
			Map.entry("NonExistingEvent", "An event the journey uses does not exist." + TEMPLATE_FAULT),
			Map.entry("EventNotInLiveState", "An event the journey uses is not live: activate it first."),
			Map.entry("UnknownError",
					"Dataverse failed with an unexpected error: check the request, try again, and report it to "
							+ "Microsoft support if it persists."),
			Map.entry("UnknownValidatorError",
					"Dataverse's checks of the journey failed with an error of their own: try again, and report it "
							+ "to Microsoft support if it persists."));

	private CreateErrorMessages() {
	}

	/** A sentence for an error code; a generic one naming the code when it is unknown. */
	static String describe(@Nullable String code) {
		String known = code == null ? null : KNOWN.get(code);
		if (known != null) {
			return known;
		}
		return "Dataverse refused the journey with the error "
				+ (code == null || code.isBlank() ? "(without a code)" : code) + "; its message is in `arguments`.";
	}

}
