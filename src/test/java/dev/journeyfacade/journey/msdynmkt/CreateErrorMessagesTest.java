package dev.journeyfacade.journey.msdynmkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence for each error code Microsoft documents, a generic one for any other. */
class CreateErrorMessagesTest {

	/**
	 * The codes of create-journey-template-api's "Error codes", written out here
	 * independently of the table.
	 */
	static final List<String> DOCUMENTED = List.of("InvalidJson", "InvalidJourneyTemplateId",
			"InvalidJsonPathModifications", "InvalidJourneyJsonInTemplate", "InvalidJsonPath",
			"InvalidJsonAfterModificationApplied", "UnableToSelectJsonToken", "UnableToApplyJourneyEntityFieldChanges",
			"EventDataSourceInNonEventJourney", "CdsProfileDataSourceInvalidSourceType",
			"InvalidEventDataSourceOutputPath", "InvalidTimeZoneName", "WaitUntilTimeInPast",
			"UnableToDeserializePlaceholderBinding", "InvalidDefinition", "EmptyJourneyName", "DuplicateJourneyName",
			"InvalidTimeRange", "InvalidStartTime", "InvalidEndTime", "InvalidBusinessUnit", "NonExistingBusinessUnit",
			"InvalidJourneyId", "NonExistingSegment", "SegmentNotInLiveState", "SegmentEntityMismatch",
			"NonExistingMessage", "NotReadyToSendMessageState", "NonExistingEvent", "EventNotInLiveState",
			"UnknownError", "UnknownValidatorError");

	@Test
	void everyDocumentedCodeHasASentenceOfItsOwn() {
		List<String> sentences = DOCUMENTED.stream().map(CreateErrorMessages::describe).toList();

		assertThat(sentences).doesNotHaveDuplicates().noneMatch(sentence -> sentence.startsWith("Dataverse refused"));
	}

	@Test
	void anUndocumentedCodeGetsAGenericSentenceThatNamesIt() {
		assertThat(CreateErrorMessages.describe("SomethingNew"))
			.isEqualTo("Dataverse refused the journey with the error SomethingNew; its message is in `arguments`.");
		assertThat(CreateErrorMessages.describe(null)).contains("(without a code)");
	}

	@Test
	void theSentencesOfTheTimesNameTheApisFields() {
		assertThat(CreateErrorMessages.describe("InvalidStartTime")).isEqualTo("startsAt must be in the future.");
		assertThat(CreateErrorMessages.describe("InvalidTimeRange")).isEqualTo("endsAt must be after startsAt.");
	}

}
