package dev.dataverseemulator.realtime;

/**
 * One entry of {@code msdynmkt_errors}: {@code {"ErrorCode":"…","ErrorMessage":"…"}}. The
 * codes are Microsoft's (create-journey-template-api, "Error codes"); the messages are
 * the emulator's, in the words of that page's example where it gives one ("Segment with
 * ID: … does not exist.", "Journey start time cannot be in the past.").
 */
record JourneyError(Code code, String message) {

	/** The documented codes the emulator answers. */
	enum Code {

		InvalidJourneyTemplateId, InvalidJourneyJsonInTemplate, InvalidJsonPathModifications, InvalidJsonPath,
		UnableToSelectJsonToken, InvalidJsonAfterModificationApplied, UnableToApplyJourneyEntityFieldChanges,
		EmptyJourneyName, DuplicateJourneyName, InvalidBusinessUnit, NonExistingBusinessUnit, InvalidStartTime,
		InvalidEndTime, InvalidTimeRange, InvalidDefinition, NonExistingSegment, SegmentNotInLiveState,
		NonExistingMessage, NotReadyToSendMessageState;

		JourneyError with(String message) {
			return new JourneyError(this, message);
		}

	}
}
