package dev.dataverseemulator.api;

import dev.dataverseemulator.entity.EntityDefinition;
import dev.dataverseemulator.entity.StoredRecord;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** A stored record as Dataverse returns it: {@code @odata.etag} first, then the selected columns (all when none) and the key. */
final class RecordRenderer {

    private RecordRenderer() {
    }

    static ObjectNode render(JsonMapper json, EntityDefinition entity, StoredRecord record, List<String> select) {
        ObjectNode node = json.createObjectNode();
        node.put("@odata.etag", record.etag());
        List<String> columns = select.isEmpty() ? entity.readableAttributes() : select;
        for (String column : columns) {
            node.set(column, valueOf(record, column));
        }
        node.set(entity.primaryKey(), valueOf(record, entity.primaryKey())); // the key always comes back
        return node;
    }

    private static JsonNode valueOf(StoredRecord record, String column) {
        JsonNode value = record.get(column);
        return value == null ? NullNode.getInstance() : value;
    }
}
