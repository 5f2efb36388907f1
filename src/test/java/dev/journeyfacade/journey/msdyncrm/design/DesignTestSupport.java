package dev.journeyfacade.journey.msdyncrm.design;

import dev.testsupport.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Golden files and JSON helpers shared by the design tests (and the outbound store tests
 * that write designs).
 */
public final class DesignTestSupport {

	public static final JsonMapper JSON = JsonMapper.builder().addModule(new DesignJsonModule()).build();

	/**
	 * The seed's journey as a tree: segment TC407937_DynamicSegment_2KZQ1p, then the
	 * email "Relationship test".
	 */
	public static final String SEED_DESIGN = """
			{"tiles": [{"type": "SEGMENT_GROUP", "mergeMethod": "UNION",
			  "segments": [{"segmentId": "24db2671-1529-e911-a9b7-000d3a1e6adc", "containment": "INCLUDE",
			                "name": "TC407937_DynamicSegment_2KZQ1p", "dciSegmentName": "TC407937_DynamicSegment_2KZQ1p"}],
			  "next": [{"type": "EMAIL", "emailId": "15bd0ab8-c12a-e911-a9b6-000d3a1e6c14", "name": "Relationship test"}]}]}""";

	private DesignTestSupport() {
	}

	/** A design of these tiles, without a root as read. */
	static JourneyDesign design(Tile... tiles) {
		return new JourneyDesign(null, List.of(tiles));
	}

	/** A new segment group, followed by the given tiles. */
	static SegmentGroupTile segmentGroup(SegmentMergeMethod mergeMethod, List<SegmentItem> segments, Tile... next) {
		return new SegmentGroupTile(null, null, null, null, mergeMethod, segments, null, List.of(next));
	}

	/** A new email tile sending the given email, followed by the given tiles. */
	static EmailTile email(String emailId, String name, Tile... next) {
		return new EmailTile(null, name, null, null, emailId, null, null, List.of(next));
	}

	/** A file under src/test/resources at this package's path, exactly as stored. */
	public static String golden(String name) {
		return Fixtures.read(DesignTestSupport.class, name);
	}

	public static JsonNode tree(String json) {
		return JSON.readTree(json);
	}

	/**
	 * The definition with ActivityIds renamed A0, A1, … and ActivityItemIds renumbered 0,
	 * 1, … in order of appearance, so that two definitions that differ only in the ids
	 * chosen compare equal.
	 */
	public static JsonNode normaliseIds(String definition) {
		ArrayNode activities = (ArrayNode) tree(definition);
		Map<String, String> activityIds = new HashMap<>();
		Map<Integer, Integer> itemIds = new HashMap<>();
		for (JsonNode node : activities) {
			activityIds.putIfAbsent(node.get("ActivityId").stringValue(), "A" + activityIds.size());
		}
		for (JsonNode node : activities) {
			ObjectNode activity = (ObjectNode) node;
			activity.put("ActivityId", activityIds.get(activity.get("ActivityId").stringValue()));
			if (activity.has("ParentActivityId")) {
				activity.put("ParentActivityId", activityIds.get(activity.get("ParentActivityId").stringValue()));
			}
			for (JsonNode item : activity.get("Properties").get("Items")) {
				int id = item.get("ActivityItemId").intValue();
				((ObjectNode) item).put("ActivityItemId", itemIds.computeIfAbsent(id, k -> itemIds.size()));
			}
		}
		return activities;
	}

	/**
	 * The design as API JSON with every id the facade assigns removed: what a caller
	 * building it would send.
	 */
	public static JsonNode withoutAssignedIds(JourneyDesign design) {
		JsonNode json = JSON.valueToTree(design);
		((ObjectNode) json).remove("root");
		stripIds(json);
		return json;
	}

	private static void stripIds(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.remove("stored");
			object.remove("activityItemId");
			if ("UNKNOWN".equals(object.path("type").asString(""))) {
				ObjectNode activity = (ObjectNode) object.get("activity");
				activity.remove(java.util.List.of("ActivityId", "ParentActivityId", "ParentBranchId",
						"ParentRelationshipType"));
				stripIds(object.get("next"));
				return;
			}
			object.properties().forEach(p -> stripIds(p.getValue()));
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(DesignTestSupport::stripIds);
		}
	}

}
