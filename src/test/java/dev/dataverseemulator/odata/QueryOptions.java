package dev.dataverseemulator.odata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The system query options of one read, parsed and checked against the entity's
 * properties.
 *
 * @param select the columns asked for; empty means all
 * @param filter the row predicate ({@link Filter#ALL} without {@code $filter})
 * @param orderBy the sort keys in order
 * @param top the most rows to return in total; null without {@code $top}
 * @param count {@code $count=true}: answer {@code @odata.count}
 * @param skipToken the opaque position of the next page; null on the first page
 * @param fingerprint identifies the query ({@code $filter}, {@code $orderby},
 * {@code $top}), so that a skip token is refused on any other query
 */
public record QueryOptions(List<String> select, Filter filter, List<OrderKey> orderBy, Integer top, boolean count,
		String skipToken, String fingerprint) {

	private static final Set<String> SUPPORTED = Set.of("$select", "$filter", "$orderby", "$top", "$count",
			"$skiptoken");

	/**
	 * Options Dataverse serves that the emulator does not: refused with 501 rather than
	 * ignored.
	 */
	private static final Set<String> NOT_EMULATED = Set.of("$expand", "$apply", "$search", "$compute", "$levels",
			"$format", "fetchXml", "savedQuery", "userQuery");

	/** The only option a single-record read takes here. */
	private static final Set<String> SINGLE_RECORD = Set.of("$select");

	/** One {@code $orderby} key. */
	public record OrderKey(String property, EdmType type, boolean descending) {
	}

	/**
	 * Parses the query options of a request (values already percent-decoded, each option
	 * at most once).
	 */
	public static QueryOptions parse(Map<String, String[]> parameters, PropertyTypes types) {
		check(parameters, SUPPORTED, "");
		String select = single(parameters, "$select");
		String filter = single(parameters, "$filter");
		String orderBy = single(parameters, "$orderby");
		String top = single(parameters, "$top");
		String count = single(parameters, "$count");
		return new QueryOptions(parseSelect(select, types),
				filter == null || filter.isBlank() ? Filter.ALL : FilterParser.parse(filter, types),
				parseOrderBy(orderBy, types), parseTop(top), parseCount(count), single(parameters, "$skiptoken"),
				// a skip token is only good for the query that produced it
				Integer.toHexString((filter + "|" + orderBy + "|" + top).hashCode()));
	}

	/**
	 * Checks the options of a single-record read: {@code $select} is read with
	 * {@link #parseSelect}; anything else Dataverse knows (as {@code $expand}, or a list
	 * option) is 501, an unknown {@code $} option 400.
	 */
	public static void checkSingleRecord(Map<String, String[]> parameters) {
		check(parameters, SINGLE_RECORD, " on a single-record read");
	}

	private static void check(Map<String, String[]> parameters, Set<String> supported, String where) {
		for (Map.Entry<String, String[]> p : parameters.entrySet()) {
			String name = p.getKey();
			if (NOT_EMULATED.contains(name) || (!supported.contains(name) && SUPPORTED.contains(name))) {
				throw DataverseError.notEmulated("the query option '" + name + "'" + where);
			}
			if (!name.startsWith("$")) {
				continue; // Dataverse ignores parameters that are not system query
							// options
			}
			if (!supported.contains(name)) {
				// $skip among them: Dataverse pages with $skiptoken only
				throw DataverseError.badQuery("The query parameter '" + name + "' is not supported.");
			}
			if (p.getValue().length > 1) {
				throw DataverseError.badQuery("Query option '" + name
						+ "' was specified more than once, but it must be specified at most once.");
			}
		}
	}

	/** Only {@code $select}, for single-record reads and write representations. */
	public static List<String> parseSelect(String select, PropertyTypes types) {
		if (select == null || select.isBlank()) {
			return List.of();
		}
		Set<String> columns = new LinkedHashSet<>();
		for (String part : select.split(",")) {
			String column = part.trim();
			if (types.typeOf(column).isEmpty()) {
				throw types.unknownProperty(column);
			}
			columns.add(column);
		}
		return List.copyOf(columns);
	}

	private static List<OrderKey> parseOrderBy(String orderBy, PropertyTypes types) {
		if (orderBy == null || orderBy.isBlank()) {
			return List.of();
		}
		List<OrderKey> keys = new ArrayList<>();
		for (String part : orderBy.split(",")) {
			String[] words = part.trim().split("\\s+");
			if (words.length > 2 || words[0].isEmpty()) {
				throw DataverseError.badQuery("Syntax error at position 0 in '" + orderBy + "'.");
			}
			boolean descending = false;
			if (words.length == 2) {
				switch (words[1]) {
					case "asc" -> descending = false;
					case "desc" -> descending = true;
					default -> throw DataverseError
						.badQuery("Syntax error: '" + words[1] + "' in '" + orderBy + "' is neither asc nor desc.");
				}
			}
			EdmType type = types.typeOf(words[0]).orElseThrow(() -> types.unknownProperty(words[0]));
			keys.add(new OrderKey(words[0], type, descending));
		}
		return List.copyOf(keys);
	}

	private static Integer parseTop(String top) {
		if (top == null) {
			return null;
		}
		try {
			int rows = Integer.parseInt(top.trim());
			if (rows < 0) {
				throw new NumberFormatException();
			}
			return rows;
		}
		catch (NumberFormatException e) {
			throw DataverseError.badQuery("Invalid value '" + top + "' for $top query option found. "
					+ "The $top query option requires a non-negative integer value.");
		}
	}

	private static boolean parseCount(String count) {
		if (count == null) {
			return false;
		}
		return switch (count.trim()) {
			case "true" -> true;
			case "false" -> false;
			default -> throw DataverseError.badQuery("'" + count + "' is not a valid count option.");
		};
	}

	private static String single(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}
}
