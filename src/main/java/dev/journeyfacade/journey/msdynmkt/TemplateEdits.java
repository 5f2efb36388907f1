package dev.journeyfacade.journey.msdynmkt;

import dev.journeyfacade.journey.MessageChoice;
import dev.journeyfacade.journey.RealtimeJourneyContent;
import dev.journeyfacade.journey.msdynmkt.JsonPathEdit.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The documented paths of a real-time journey's definition
 * (learn.microsoft.com/dynamics365/customer-insights/journeys/developer/create-journey-template-api,
 * "Supported JSONPath examples"): the edits a create makes to its template, the
 * dictionary the action takes (a JSON object serialized into a string), and the same
 * paths read back from a stored definition. Nothing else of the definition is read or
 * written: its schema is not documented.
 */
final class TemplateEdits {

	static final List<Step> AUDIENCE = List.of(Step.dotted("trigger"), Step.dotted("audience"));

	static final List<Step> EXCLUSION_SEGMENTS = List.of(Step.dotted("trigger"), Step.dotted("exclusionSegments"));

	static final List<Step> SUPPRESSION_SEGMENTS = List.of(Step.dotted("exitCriteria"),
			Step.dotted("suppressionSegments"));

	static final String ACTIONS = "actions";

	static final String PARAMETERS = "parameters";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private TemplateEdits() {
	}

	/** The edits a create's choices make, in the body's order; none for no choice. */
	static List<JsonPathEdit> of(RealtimeJourneyContent content) {
		List<JsonPathEdit> edits = new ArrayList<>();
		if (content.audienceSegmentId() != null) {
			edits.add(new JsonPathEdit(AUDIENCE, id(content.audienceSegmentId())));
		}
		if (content.exclusionSegmentIds() != null) {
			edits.add(new JsonPathEdit(EXCLUSION_SEGMENTS, ids(content.exclusionSegmentIds())));
		}
		if (content.suppressionSegmentIds() != null) {
			edits.add(new JsonPathEdit(SUPPRESSION_SEGMENTS, ids(content.suppressionSegmentIds())));
		}
		for (MessageChoice message : content.messages() == null ? List.<MessageChoice>of() : content.messages()) {
			edits.add(new JsonPathEdit(
					List.of(Step.dotted(ACTIONS), Step.bracketed(message.actionId()), Step.dotted(PARAMETERS),
							Step.dotted(RealtimeCodes.MESSAGE_PARAMETER.get(message.channel()))),
					id(message.messageId())));
		}
		return List.copyOf(edits);
	}

	/**
	 * {@code msdynmkt_jsonpathmodifications}: JSONPath → value as a JSON object in a
	 * string; null when there is no edit (the parameter is optional).
	 */
	static @Nullable String dictionary(List<JsonPathEdit> edits, JsonMapper json) {
		if (edits.isEmpty()) {
			return null;
		}
		ObjectNode dictionary = json.createObjectNode();
		edits.forEach(edit -> dictionary.set(edit.path(), edit.value()));
		return json.writeValueAsString(dictionary);
	}

	/** What a definition holds at a path; a missing node when it holds nothing there. */
	static JsonNode read(JsonNode definition, List<Step> steps) {
		JsonNode node = definition;
		for (Step step : steps) {
			node = node.path(step.name());
		}
		return node;
	}

	private static JsonNode id(UUID id) {
		return StringNode.valueOf(id.toString());
	}

	private static ArrayNode ids(List<UUID> ids) {
		ArrayNode array = NODES.arrayNode();
		ids.forEach(id -> array.add(id.toString()));
		return array;
	}

}
