package dev.journeyfacade.journey;

import dev.journeyfacade.journey.validation.ValidationReport;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The answer of a real-time create: the journey made and Dataverse's check of it. */
@Schema(description = "A created real-time journey and what Dataverse's check of it found.")
public record RealtimeJourneyCreation(@Schema(description = "The journey as stored.") RealtimeJourney journey,
		@Schema(description = "Dataverse's check of the new journey: VALID, or ERROR with every issue (a draft is "
				+ "created even with issues; fix them before publishing). Null on a repeated create (200): the first "
				+ "call's report is not kept.") @Nullable ValidationReport validation) {
}
