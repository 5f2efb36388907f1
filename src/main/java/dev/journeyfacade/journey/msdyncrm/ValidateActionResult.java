package dev.journeyfacade.journey.msdyncrm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code msdyncrm_CustomerJourneyValidate}: its {@code ValidationResult} is a JSON document
 * serialized into a string, whose shape is {@link Parsed}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ValidateActionResult(@JsonProperty("ValidationResult") String validationResult) {

    /** The {@code ValidationResult} string, parsed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Parsed(@JsonProperty("Result") String result,
                  @JsonProperty("ActivityValidationResults") List<Activity> activityValidationResults) {
    }

    /** One finding; an empty {@code ActivityId} means the journey as a whole. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Activity(@JsonProperty("ActivityId") String activityId,
                    @JsonProperty("Fault") String fault,
                    @JsonProperty("Result") String result,
                    @JsonProperty("ErrorMessageArguments") List<String> errorMessageArguments) {
    }
}
