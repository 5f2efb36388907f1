package dev.dataverseemulator.validation;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of the checks, written as the JSON string Dataverse puts in
 * {@code ValidationResult}:
 * {@code {"ActivityValidationResults":[{"ActivityId":"","Fault":"…","Result":"Error","ErrorMessageArguments":[]}],"Result":"Error"}}.
 */
public record ValidationResult(List<Finding> findings) {

	/** Severity names as Dataverse writes them. */
	public enum Severity {

		Valid, Warning, Error

	}

	/**
	 * One entry of {@code ActivityValidationResults}.
	 *
	 * @param activityId the tile's {@code ActivityId}; empty for the journey as a whole
	 */
	public record Finding(String activityId, String fault, Severity result, List<String> arguments) {
	}

	/** Error if any finding is an error, else Warning if any is a warning, else Valid. */
	public Severity result() {
		if (findings.stream().anyMatch(f -> f.result() == Severity.Error)) {
			return Severity.Error;
		}
		return findings.stream().anyMatch(f -> f.result() == Severity.Warning) ? Severity.Warning : Severity.Valid;
	}

	public String toJsonString(JsonMapper json) {
		ObjectNode root = json.createObjectNode();
		ArrayNode results = root.putArray("ActivityValidationResults");
		for (Finding f : findings) {
			ObjectNode entry = results.addObject();
			entry.put("ActivityId", f.activityId());
			entry.put("Fault", f.fault());
			entry.put("Result", f.result().name());
			ArrayNode arguments = entry.putArray("ErrorMessageArguments");
			f.arguments().forEach(arguments::add);
		}
		root.put("Result", result().name());
		return json.writeValueAsString(root);
	}
}
