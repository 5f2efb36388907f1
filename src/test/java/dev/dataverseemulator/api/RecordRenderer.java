package dev.dataverseemulator.api;

import dev.dataverseemulator.entity.Entities;
import dev.dataverseemulator.entity.EntityDefinition;
import dev.dataverseemulator.entity.FieldDefinition;
import dev.dataverseemulator.entity.LookupDefinition;
import dev.dataverseemulator.entity.StoredRecord;
import dev.dataverseemulator.odata.Values;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored record as Dataverse returns it: {@code @odata.etag} first, then the selected
 * columns (all when none) and the key. Asked for with
 * {@code Prefer: odata.include-annotations}, a column's annotations come just before it:
 * the formatted value of a choice (its documented label) and of a lookup (the primary
 * name of the record it names), and a lookup's navigation property and target table
 * (learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values).
 * Dates and numbers get no formatted value in the emulator (Dataverse formats them in the
 * user's settings).
 */
final class RecordRenderer {

	static final String FORMATTED_VALUE = "OData.Community.Display.V1.FormattedValue";
	static final String NAVIGATION_PROPERTY = "Microsoft.Dynamics.CRM.associatednavigationproperty";
	static final String LOOKUP_LOGICAL_NAME = "Microsoft.Dynamics.CRM.lookuplogicalname";

	private RecordRenderer() {
	}

	/**
	 * @param names the primary name of a record by entity set and id, for lookups'
	 * formatted values
	 */
	static ObjectNode render(JsonMapper json, EntityDefinition entity, StoredRecord record, List<String> select,
			ODataRequest.Annotations annotations, BiFunction<String, UUID, Optional<String>> names) {
		ObjectNode node = json.createObjectNode();
		node.put("@odata.etag", record.etag());
		List<String> columns = select.isEmpty() ? entity.readableAttributes() : select;
		for (String column : columns) {
			JsonNode value = valueOf(record, column);
			if (annotations.any() && !value.isNull()) {
				annotate(node, entity, column, value, annotations, names);
			}
			node.set(column, value);
		}
		node.set(entity.primaryKey(), valueOf(record, entity.primaryKey())); // the key
																				// always
																				// comes
																				// back
		return node;
	}

	private static void annotate(ObjectNode node, EntityDefinition entity, String column, JsonNode value,
			ODataRequest.Annotations annotations, BiFunction<String, UUID, Optional<String>> names) {
		Optional<LookupDefinition> lookup = entity.lookupByValueAttribute(column);
		if (lookup.isPresent()) {
			UUID id = Values.parseGuid(value.asString());
			if (annotations.includes(FORMATTED_VALUE) && id != null) {
				names.apply(lookup.get().targetSet(), id)
					.ifPresent(name -> node.put(column + "@" + FORMATTED_VALUE, name));
			}
			if (annotations.includes(NAVIGATION_PROPERTY)) {
				node.put(column + "@" + NAVIGATION_PROPERTY, lookup.get().navigation());
			}
			if (annotations.includes(LOOKUP_LOGICAL_NAME)) {
				Entities.bySet(lookup.get().targetSet())
					.ifPresent(target -> node.put(column + "@" + LOOKUP_LOGICAL_NAME, target.logicalName()));
			}
			return;
		}
		if (!value.isIntegralNumber()) {
			return; // only choices have labels (and a GUID or text is no code to look up)
		}
		String label = entity.field(column).map(FieldDefinition::labels).map(l -> l.get(value.asInt())).orElse(null);
		if (label != null && annotations.includes(FORMATTED_VALUE)) {
			node.put(column + "@" + FORMATTED_VALUE, label);
		}
	}

	private static JsonNode valueOf(StoredRecord record, String column) {
		JsonNode value = record.get(column);
		return value == null ? NullNode.getInstance() : value;
	}

}
