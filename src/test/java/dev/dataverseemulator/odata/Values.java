package dev.dataverseemulator.odata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Turns stored attribute values into comparable Java values, one rule per
 * {@link EdmType}.
 */
public final class Values {

	/** Dataverse compares text case-insensitively (its SQL collation). */
	private static final Comparator<Object> NATURAL = (a, b) -> {
		if (a instanceof String s && b instanceof String t) {
			return s.compareToIgnoreCase(t);
		}
		@SuppressWarnings({ "unchecked", "rawtypes" })
		int c = ((Comparable) a).compareTo(b);
		return c;
	};

	/** Nulls first, as SQL Server sorts them ascending. */
	public static final Comparator<Object> ORDER = Comparator.nullsFirst(NATURAL);

	private Values() {
	}

	/**
	 * The value of a stored attribute as a comparable: String, BigDecimal, Boolean,
	 * Instant or lower-case GUID text; null when unset.
	 */
	public static Object of(JsonNode node, EdmType type) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return switch (type) {
			case STRING -> node.asString();
			case INT32 -> node.decimalValue();
			case BOOLEAN -> node.asBoolean();
			case DATETIME -> parseInstant(node.asString());
			case GUID -> node.asString().toLowerCase(Locale.ROOT);
		};
	}

	/** ISO-8601 with an offset or {@code Z}; null when unreadable. */
	public static Instant parseInstant(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** A GUID in its 36-character form, any case; null when the text is not one. */
	public static UUID parseGuid(String text) {
		if (text == null || text.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static boolean equal(Object a, Object b) {
		if (a == null || b == null) {
			return a == b;
		}
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return NATURAL.compare(a, b) == 0;
	}

}
