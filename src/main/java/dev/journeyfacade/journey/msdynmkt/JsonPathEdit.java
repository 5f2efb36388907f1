package dev.journeyfacade.journey.msdynmkt;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One entry of {@code msdynmkt_jsonpathmodifications}: a documented JSONPath of a
 * journey's definition and the value it is to hold. The path is written as Microsoft's
 * examples write it
 * (learn.microsoft.com/dynamics365/customer-insights/journeys/developer/create-journey-template-api):
 * dot notation for the fixed names, a single-quoted bracketed name for an action id, in
 * which {@code \} and {@code '} are escaped with a backslash as RFC 9535 (and Jayway's
 * and Json.NET's JSONPath) read them. Every step is an object member's name (a name
 * selector), so the same path can be read back from a definition.
 *
 * @param steps the members from the root, in order
 * @param value the new value: a string or an array of strings
 */
record JsonPathEdit(List<Step> steps, JsonNode value) {

	JsonPathEdit {
		steps = List.copyOf(steps);
	}

	/**
	 * One member name of the path.
	 *
	 * @param bracketed written as {@code ['name']} (for names that are data, such as
	 * action ids), else as {@code .name}
	 */
	record Step(String name, boolean bracketed) {

		static Step dotted(String name) {
			return new Step(name, false);
		}

		static Step bracketed(String name) {
			return new Step(name, true);
		}

	}

	/** The JSONPath, e.g. {@code $.actions['6b46…'].parameters.contentId}. */
	String path() {
		StringBuilder path = new StringBuilder("$");
		for (Step step : steps) {
			if (step.bracketed()) {
				path.append("['").append(step.name().replace("\\", "\\\\").replace("'", "\\'")).append("']");
			}
			else {
				path.append('.').append(step.name());
			}
		}
		return path.toString();
	}

	/**
	 * Whether a definition holds this edit's value at its path. Ids are compared without
	 * regard to case: Dataverse writes GUIDs in either.
	 */
	boolean heldBy(JsonNode definition) {
		JsonNode held = TemplateEdits.read(definition, steps);
		if (value.isArray()) {
			if (!held.isArray() || held.size() != value.size()) {
				return false;
			}
			for (int i = 0; i < value.size(); i++) {
				if (!sameText(value.get(i), held.get(i))) {
					return false;
				}
			}
			return true;
		}
		return sameText(value, held);
	}

	private static boolean sameText(JsonNode expected, @Nullable JsonNode actual) {
		return actual != null && actual.isString() && expected.isString()
				&& actual.asString().toLowerCase(Locale.ROOT).equals(expected.asString().toLowerCase(Locale.ROOT));
	}

}
