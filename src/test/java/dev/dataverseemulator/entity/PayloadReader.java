package dev.dataverseemulator.entity;

import dev.dataverseemulator.odata.DataverseError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a create or update body into attribute changes (read names, normalised values),
 * refusing what Dataverse refuses: unknown properties and wrongly typed values (400,
 * {@code 0x80048d19}), values out of range or too long (400, {@code 0x80044331}),
 * navigation properties in the wrong case (400, {@code 0x80048d19}), binds of the lookups
 * Dataverse sets itself ({@code createdby} …, 400, {@code 0x80048d19}; the message is the
 * emulator's) and binds to records that do not exist (404, {@code 0x80040217}).
 */
final class PayloadReader {

	private static final String BIND = "@odata.bind";

	private static final Pattern BIND_VALUE = Pattern.compile("^(?:.*/)?([A-Za-z_][A-Za-z0-9_]*)\\((?:[A-Za-z_]+=)?"
			+ "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\)$");

	private PayloadReader() {
	}

	/**
	 * @param exists whether a record of an entity set exists, for {@code @odata.bind}
	 * targets
	 */
	static ObjectNode read(EntityDefinition entity, JsonNode payload, BiPredicate<String, UUID> exists) {
		if (payload == null || !payload.isObject()) {
			throw DataverseError
				.badPayload("The request body must be a JSON object describing a " + entity.logicalName() + ".");
		}
		ObjectNode changes = JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, JsonNode> property : payload.properties()) {
			String name = property.getKey();
			JsonNode value = property.getValue();
			if (name.endsWith(BIND)) {
				bind(entity, name.substring(0, name.length() - BIND.length()), value, exists, changes);
			}
			else if (name.contains("@")) {
				continue; // instance annotations (e.g. @odata.type) carry no data
			}
			else {
				FieldDefinition field = entity.field(name)
					.orElseThrow(() -> DataverseError
						.badPayload("The property '" + name + "' does not exist on type 'Microsoft.Dynamics.CRM."
								+ entity.logicalName() + "'. Make sure to only use property names that are defined"
								+ " by the type or mark the type as open type."));
				if (field.writable()) { // Dataverse ignores system columns such as
										// createdon on writes
					changes.set(name, normalise(entity, field, value));
				}
			}
		}
		return changes;
	}

	private static void bind(EntityDefinition entity, String navigation, JsonNode value,
			BiPredicate<String, UUID> exists, ObjectNode changes) {
		LookupDefinition lookup = entity.lookup(navigation)
			.orElseThrow(() -> DataverseError.badPayload("An undeclared property '" + navigation
					+ "' which only has property annotations in the payload but"
					+ " no property value was found in the payload. In OData, only declared navigation properties"
					+ " and declared named streams can be represented as properties without values."));
		if (!lookup.writable()) {
			throw DataverseError.badPayload(
					"The navigation property '" + navigation + "' is set by Dataverse and cannot be" + " written.");
		}
		if (value == null || value.isNull()) {
			changes.putNull(lookup.valueAttribute());
			return;
		}
		Matcher m = value.isString() ? BIND_VALUE.matcher(value.asString()) : null;
		if (m == null || !m.matches()) {
			throw DataverseError.badPayload("The value of '" + navigation + BIND + "' must be a reference like '/"
					+ lookup.targetSet() + "(<guid>)', not " + value + ".");
		}
		if (!m.group(1).equals(lookup.targetSet())) {
			throw DataverseError.badPayload("The navigation property '" + navigation + "' refers to '"
					+ lookup.targetSet() + "', not to '" + m.group(1) + "'.");
		}
		UUID id = UUID.fromString(m.group(2));
		if (!exists.test(lookup.targetSet(), id)) {
			String targetName = Entities.bySet(lookup.targetSet())
				.map(EntityDefinition::logicalName)
				.orElse(lookup.targetSet());
			throw DataverseError.recordNotFound(targetName, id);
		}
		changes.put(lookup.valueAttribute(), id.toString());
	}

	private static JsonNode normalise(EntityDefinition entity, FieldDefinition field, JsonNode value) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (value == null || value.isNull() || (value.isString() && value.asString().isEmpty())) {
			return nodes.nullNode(); // Dataverse stores an empty string as null
		}
		return switch (field.type()) {
			case STRING -> {
				if (!value.isString()) {
					throw cannotConvert(value, field);
				}
				String text = value.asString();
				if (text.length() > field.maxLength()) {
					throw DataverseError.invalidValue("A validation error occurred. The length of the '" + field.name()
							+ "' attribute of the '" + entity.logicalName()
							+ "' entity exceeded the maximum allowed length of '" + field.maxLength() + "'.");
				}
				yield nodes.stringNode(text);
			}
			case INT32 -> {
				if (!value.isIntegralNumber() || !value.canConvertToInt()) {
					throw cannotConvert(value, field);
				}
				int number = value.intValue();
				boolean valid = field.choices().isEmpty() ? number >= field.min() && number <= field.max()
						: field.choices().contains(number);
				if (!valid) {
					throw DataverseError
						.invalidValue("A validation error occurred. The value " + number + " of '" + field.name()
								+ "' on record of type '" + entity.logicalName() + "' is outside the valid range.");
				}
				yield nodes.numberNode(number);
			}
			case BOOLEAN -> {
				if (!value.isBoolean()) {
					throw cannotConvert(value, field);
				}
				yield nodes.booleanNode(value.booleanValue());
			}
			case DATETIME -> {
				Instant instant = value.isString() ? parseDate(value.asString()) : null;
				if (instant == null) {
					throw cannotConvert(value, field);
				}
				yield nodes.stringNode(format(instant.truncatedTo(field.precision())));
			}
			case GUID -> {
				try {
					if (!value.isString()) {
						throw new IllegalArgumentException();
					}
					yield nodes.stringNode(UUID.fromString(value.asString()).toString().toLowerCase(Locale.ROOT));
				}
				catch (IllegalArgumentException e) {
					throw cannotConvert(value, field);
				}
			}
		};
	}

	private static Instant parseDate(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			try {
				return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC); // no offset:
																			// UTC, as
																			// Dataverse
																			// reads it
			}
			catch (DateTimeParseException e2) {
				return null;
			}
		}
	}

	/** Dataverse's way of writing a moment: UTC, no fraction, {@code Z}. */
	static String format(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	private static DataverseError cannotConvert(JsonNode value, FieldDefinition field) {
		String literal = value.isString() ? value.asString() : value.toString();
		return DataverseError.badPayload(
				"Cannot convert the literal '" + literal + "' to the expected type '" + field.type().edmName() + "'.");
	}

}
