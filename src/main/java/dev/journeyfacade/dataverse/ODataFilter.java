package dev.journeyfacade.dataverse;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An OData {@code $filter} expression built from parts that cannot inject: property names
 * are checked against a strict pattern, string literals are quoted with single quotes
 * doubled, and text searched with {@code contains} has Dataverse's LIKE wildcards
 * ({@code % _ [}) bracket-escaped.
 */
public final class ODataFilter {

	private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

	private final String expression;

	private ODataFilter(String expression) {
		this.expression = expression;
	}

	/**
	 * {@code property eq value}; strings are quoted, numbers and booleans written as they
	 * are.
	 */
	public static ODataFilter eq(String property, Object value) {
		return new ODataFilter(property(property) + " eq " + literal(value));
	}

	/**
	 * {@code contains(property,'text')}: a case-insensitive substring match in Dataverse.
	 * {@code %}, {@code _} and {@code [} act as wildcards there, so they are bracketed: a
	 * search for "50%" means 50%.
	 */
	public static ODataFilter contains(String property, String text) {
		Objects.requireNonNull(text, "text");
		return new ODataFilter("contains(" + property(property) + "," + quote(escapeLikeWildcards(text)) + ")");
	}

	/**
	 * Any of the values: {@code (p eq v1 or p eq v2 …)}; an empty list matches nothing.
	 */
	public static ODataFilter in(String property, Collection<?> values) {
		if (values.isEmpty()) {
			return new ODataFilter("false");
		}
		String p = property(property);
		if (values.size() == 1) {
			return eq(property, values.iterator().next());
		}
		return new ODataFilter(
				values.stream().map(v -> p + " eq " + literal(v)).collect(Collectors.joining(" or ", "(", ")")));
	}

	/** All of the filters. */
	public static ODataFilter and(ODataFilter... filters) {
		List<ODataFilter> parts = Arrays.stream(filters).filter(Objects::nonNull).toList();
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return new ODataFilter(parts.stream().map(f -> "(" + f.expression + ")").collect(Collectors.joining(" and ")));
	}

	/** The expression as it goes after {@code $filter=} (before percent-encoding). */
	public String expression() {
		return expression;
	}

	@Override
	public String toString() {
		return expression;
	}

	static String property(String name) {
		if (name == null || !PROPERTY.matcher(name).matches()) {
			throw new IllegalArgumentException("not an OData property name: " + name);
		}
		return name;
	}

	static String literal(Object value) {
		Objects.requireNonNull(value, "value");
		if (value instanceof CharSequence s) {
			return quote(s.toString());
		}
		if (value instanceof UUID id) {
			return id.toString(); // GUID literals are unquoted in OData v4
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Enum<?>) {
			throw new IllegalArgumentException("enums must be mapped to their Dataverse code first: " + value);
		}
		return quote(value.toString());
	}

	static String quote(String s) {
		return "'" + s.replace("'", "''") + "'";
	}

	static String escapeLikeWildcards(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '%', '_', '[' -> out.append('[').append(c).append(']');
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
