package dev.journeyfacade.journey.validation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One finding of a journey check. */
@Schema(description = "One issue found by a check.")
public record ValidationIssue(@Schema(
		description = "Id of the tile of the design the issue is about; null when it concerns the journey as a whole.",
		example = "01_0_2") @Nullable String tileId,
		@Schema(description = "Dataverse's fault code, stable and machine-readable.",
				example = "ErrorRecurringCampaignEndDateDoesNotFitRequestedIterations") @Nullable String fault,
		@Schema(description = "How much the issue matters.") @Nullable IssueSeverity severity,
		@Schema(description = "What is wrong and what to do, in a sentence.",
				example = "The end date leaves too little time for the recurrence.") @Nullable String message,
		@Schema(description = "Details Dataverse gave with the fault, such as the id of the element at fault.",
				example = "[]") List<String> arguments) {

	public ValidationIssue {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}
}
