package dev.dataverseemulator.odata;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads an action's parameters from its JSON body as Dataverse's OData layer does before
 * the action runs: an unknown parameter or a wrongly typed one is a 400 with the payload
 * code {@code 0x80048d19}.
 */
public final class ActionParameters {

	private ActionParameters() {
	}

	/**
	 * The body as an object whose every parameter is one of {@code known} (annotations
	 * aside).
	 */
	public static JsonNode requireKnown(JsonNode body, Set<String> known, String action) {
		if (body == null || !body.isObject()) {
			throw DataverseError.badPayload("The request body of " + action + " must be a JSON object.");
		}
		for (Map.Entry<String, JsonNode> p : body.properties()) {
			if (!known.contains(p.getKey()) && !p.getKey().contains("@")) {
				throw DataverseError.badPayload("The parameter '" + p.getKey()
						+ "' in the request payload is not a valid parameter for the operation '" + action + "'.");
			}
		}
		return body;
	}

	/** A string parameter; null when absent or null. */
	public static String text(JsonNode body, String key) {
		JsonNode v = body.get(key);
		if (v == null || v.isNull()) {
			return null;
		}
		if (!v.isString()) {
			throw wrongType(key, v, "Edm.String");
		}
		return v.asString();
	}

	/**
	 * An {@code Edm.DateTimeOffset} parameter in ISO 8601, or in one of the
	 * {@code alternatives}; null when absent or blank.
	 */
	public static Instant dateTime(JsonNode body, String key, DateTimeFormatter... alternatives) {
		String text = text(body, key);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			for (DateTimeFormatter format : alternatives) {
				try {
					return OffsetDateTime.parse(text, format).toInstant();
				}
				catch (DateTimeParseException next) {
					// try the next form
				}
			}
			throw wrongType(key, body.get(key), "Edm.DateTimeOffset");
		}
	}

	public static DataverseError wrongType(String key, JsonNode value, String type) {
		String literal = value.isString() ? value.asString() : value.toString();
		return DataverseError.badPayload("Cannot convert the literal '" + literal + "' to the expected type '" + type
				+ "' of parameter '" + key + "'.");
	}

}
