package dev.dataverseemulator.odata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A literal of a {@code $filter} expression, as written, before it is typed against a
 * property.
 */
record Literal(Kind kind, Object value) {

	enum Kind {

		STRING("Edm.String"), NUMBER("Edm.Int32"), GUID("Edm.Guid"), BOOLEAN("Edm.Boolean"),
		DATETIME("Edm.DateTimeOffset"), NULL("null");

		private final String edmName;

		Kind(String edmName) {
			this.edmName = edmName;
		}

	}

	/**
	 * The comparable value for a property of this type, or Dataverse's error for
	 * incompatible operands.
	 */
	Object coerce(EdmType type, String operator) {
		boolean compatible = switch (kind) {
			case NULL -> true;
			case STRING -> type == EdmType.STRING;
			case NUMBER -> type == EdmType.INT32;
			case GUID -> type == EdmType.GUID;
			case BOOLEAN -> type == EdmType.BOOLEAN;
			case DATETIME -> type == EdmType.DATETIME;
		};
		if (!compatible) {
			throw DataverseError
				.badQuery("A binary operator with incompatible types was detected. Found operand types '"
						+ type.edmName() + "' and '" + kind.edmName + "' for operator kind '" + operator + "'.");
		}
		return switch (kind) {
			case GUID -> ((UUID) value).toString().toLowerCase(Locale.ROOT);
			default -> value;
		};
	}

	static Literal string(String s) {
		return new Literal(Kind.STRING, s);
	}

	static Literal number(BigDecimal n) {
		return new Literal(Kind.NUMBER, n);
	}

	static Literal guid(UUID id) {
		return new Literal(Kind.GUID, id);
	}

	static Literal bool(boolean b) {
		return new Literal(Kind.BOOLEAN, b);
	}

	static Literal dateTime(Instant t) {
		return new Literal(Kind.DATETIME, t);
	}

	static Literal nullValue() {
		return new Literal(Kind.NULL, null);
	}
}
