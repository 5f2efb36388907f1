package dev.dataverseemulator.entity;

import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One record as stored: its id, row version and attributes (read names). The attribute
 * node is never changed once stored; a write stores a new one.
 */
public record StoredRecord(UUID id, long version, ObjectNode attributes) {

	/** {@code W/"<rowversion>"}, as Dataverse writes {@code @odata.etag}. */
	public String etag() {
		return "W/\"" + version + "\"";
	}

	public JsonNode get(String attribute) {
		return attributes.get(attribute);
	}
}
