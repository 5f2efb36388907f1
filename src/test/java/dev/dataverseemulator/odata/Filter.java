package dev.dataverseemulator.odata;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A parsed {@code $filter}: a tree of predicates over a record's attributes (read names,
 * e.g. {@code _ownerid_value}).
 */
public sealed interface Filter {

	/** Matches everything: the filter of a query without {@code $filter}. */
	Filter ALL = new Constant(true);

	boolean test(Function<String, JsonNode> record);

	/** {@code a and b and …}. */
	record And(List<Filter> parts) implements Filter {
		@Override
		public boolean test(Function<String, JsonNode> record) {
			return parts.stream().allMatch(p -> p.test(record));
		}
	}

	/** {@code a or b or …}. */
	record Or(List<Filter> parts) implements Filter {
		@Override
		public boolean test(Function<String, JsonNode> record) {
			return parts.stream().anyMatch(p -> p.test(record));
		}
	}

	/** {@code not a}. */
	record Not(Filter inner) implements Filter {
		@Override
		public boolean test(Function<String, JsonNode> record) {
			return !inner.test(record);
		}
	}

	/** The literals {@code true} and {@code false} (what an empty in-list becomes). */
	record Constant(boolean value) implements Filter {
		@Override
		public boolean test(Function<String, JsonNode> record) {
			return value;
		}
	}

	/**
	 * {@code property op literal}; {@code value} is already typed for the property (null
	 * for {@code null}).
	 */
	record Comparison(String property, EdmType type, Operator operator, Object value) implements Filter {
		@Override
		public boolean test(Function<String, JsonNode> record) {
			Object actual = Values.of(record.apply(property), type);
			return switch (operator) {
				case EQ -> Values.equal(actual, value);
				case NE -> !Values.equal(actual, value);
				default -> actual != null && value != null && operator.accepts(compare(actual, value));
			};
		}

		private static int compare(Object actual, Object value) {
			if (actual instanceof BigDecimal a && value instanceof BigDecimal b) {
				return a.compareTo(b);
			}
			return Values.ORDER.compare(actual, value);
		}
	}

	/**
	 * {@code contains}, {@code startswith}, {@code endswith}: a LIKE match on a text
	 * property.
	 */
	record Like(String property, LikePattern pattern) implements Filter {
		@Override
		public boolean test(Function<String, JsonNode> record) {
			Object actual = Values.of(record.apply(property), EdmType.STRING);
			return actual != null && pattern.matches((String) actual);
		}
	}

	/**
	 * {@code Microsoft.Dynamics.CRM.In} / {@code NotIn}: the property equals one of the
	 * values.
	 */
	record In(String property, EdmType type, List<Object> values, boolean negated) implements Filter {
		@Override
		public boolean test(Function<String, JsonNode> record) {
			Object actual = Values.of(record.apply(property), type);
			boolean found = actual != null && values.stream().anyMatch(v -> Values.equal(actual, v));
			return found != negated;
		}
	}

	/**
	 * The comparison operators, with OData's names and the operator kind Dataverse names
	 * in errors.
	 */
	enum Operator {

		EQ("Equal"), NE("NotEqual"), GT("GreaterThan"), GE("GreaterThanOrEqual"), LT("LessThan"), LE("LessThanOrEqual");

		private final String kind;

		Operator(String kind) {
			this.kind = kind;
		}

		String kind() {
			return kind;
		}

		boolean accepts(int comparison) {
			return switch (this) {
				case GT -> comparison > 0;
				case GE -> comparison >= 0;
				case LT -> comparison < 0;
				case LE -> comparison <= 0;
				case EQ -> comparison == 0;
				case NE -> comparison != 0;
			};
		}

	}

}
