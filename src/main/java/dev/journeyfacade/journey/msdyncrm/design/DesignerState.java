package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.Wire.NEXT_ACTIVITY_ID;
import static dev.journeyfacade.journey.msdyncrm.design.Wire.NEXT_ACTIVITY_ITEM_ID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The designer's hidden state ({@code msdyncrm_customerjourneydesignerstate}): the
 * counters it takes new ActivityId suffixes and ActivityItemIds from. Anything else it
 * holds is kept as read.
 */
record DesignerState(int nextActivityId, int nextActivityItemId, ObjectNode stored) {

	/**
	 * Reads a stored state; null, blank or unreadable text reads as an empty state
	 * (counters 0).
	 */
	static DesignerState parse(@Nullable String text) {
		ObjectNode node = Json.object();
		if (text != null && !text.isBlank()) {
			try {
				JsonNode parsed = Json.parse(text);
				if (parsed instanceof ObjectNode object) {
					node = object;
				}
			}
			catch (JacksonException e) {
				// unreadable: the counters are rebuilt from the ids in use, which is what
				// keeps them safe
			}
		}
		Integer activity = Json.integer(node, NEXT_ACTIVITY_ID);
		Integer item = Json.integer(node, NEXT_ACTIVITY_ITEM_ID);
		return new DesignerState(activity == null ? 0 : activity, item == null ? 0 : item, node);
	}

	/**
	 * This state with new counters, written with the other properties unchanged and in
	 * their order.
	 */
	String write(int activityCounter, int itemCounter) {
		ObjectNode node = stored.deepCopy();
		node.put(NEXT_ACTIVITY_ID, activityCounter);
		node.put(NEXT_ACTIVITY_ITEM_ID, itemCounter);
		return Json.write(node);
	}
}
