package dev.journeyfacade.journey.msdyncrm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code msdyncrm_CustomerJourneyValidate}: its {@code ValidationResult} is
 * a JSON document serialized into a string, whose shape is {@link Parsed}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ValidateActionResult(@JsonProperty("ValidationResult") @Nullable String validationResult) {

	/** The {@code ValidationResult} string, parsed. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Parsed(@JsonProperty("Result") @Nullable String result,
			@JsonProperty("ActivityValidationResults") @Nullable List<Activity> activityValidationResults) {
	}

	/** One finding; an empty {@code ActivityId} means the journey as a whole. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Activity(@JsonProperty("ActivityId") @Nullable String activityId,
			@JsonProperty("Fault") @Nullable String fault, @JsonProperty("Result") @Nullable String result,
			@JsonProperty("ErrorMessageArguments") @Nullable List<String> errorMessageArguments) {
	}
}
