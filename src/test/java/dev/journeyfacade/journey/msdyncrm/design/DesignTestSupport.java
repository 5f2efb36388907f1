package dev.journeyfacade.journey.msdyncrm.design;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Golden files and JSON helpers shared by the design tests (and the journey API tests that write designs). */
public final class DesignTestSupport {

    public static final JsonMapper JSON = JsonMapper.builder().addModule(new DesignJsonModule()).build();

    private DesignTestSupport() {
    }

    /** A file under src/test/resources/dev/journeyfacade/journey/design, exactly as stored. */
    public static String golden(String name) {
        try (InputStream in = DesignTestSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    /**
     * The definition with ActivityIds renamed A0, A1, … and ActivityItemIds renumbered 0, 1, … in order of
     * appearance, so that two definitions that differ only in the ids chosen compare equal.
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

    /** The design as API JSON with every id the facade assigns removed: what a caller building it would send. */
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
        } else if (node instanceof ArrayNode array) {
            array.forEach(DesignTestSupport::stripIds);
        }
    }
}
