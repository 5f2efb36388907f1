package dev.journeyfacade.journey.validation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The result of checking a journey for errors. */
@Schema(description = "The result of checking a journey for errors.")
public record ValidationReport(@Schema(description = "Overall result.") @Nullable ValidationOutcome result, @Schema(
		description = "Every issue found, in Dataverse's order; empty when there is none.") List<ValidationIssue> issues) {

	public ValidationReport {
		issues = issues == null ? List.of() : List.copyOf(issues);
	}
}
