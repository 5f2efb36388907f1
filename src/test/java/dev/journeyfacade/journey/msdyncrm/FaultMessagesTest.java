package dev.journeyfacade.journey.msdyncrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaultMessagesTest {

	@Test
	void theDocumentedRecurrenceFaultGetsAHumanSentence() {
		assertThat(
				FaultMessages.describe("ErrorRecurringCampaignEndDateDoesNotFitRequestedIterations", null, List.of()))
			.startsWith("The end date leaves too little time for the recurrence")
			.contains("Move endsAt later");
	}

	@Test
	void anyOtherFaultNamesItsCodeArgumentsAndTile() {
		assertThat(FaultMessages.describe("ErrorEmailNotLive", "01_0_2", List.of("15bd0ab8", "Relationship test")))
			.isEqualTo("Dataverse reported the fault ErrorEmailNotLive with the arguments 15bd0ab8, "
					+ "Relationship test on tile 01_0_2.");
	}

	@Test
	void aFaultWithoutTileConcernsTheWholeJourney() {
		assertThat(FaultMessages.describe("ErrorX", "", List.of()))
			.isEqualTo("Dataverse reported the fault ErrorX for the journey as a whole.");
	}

	@Test
	void anIssueWithoutAFaultCodeIsDescribedNotRefused() {
		assertThat(FaultMessages.describe(null, "01_0", List.of()))
			.isEqualTo("Dataverse reported the fault (without a code) on tile 01_0.");
	}

}
