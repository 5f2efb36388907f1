package dev.dataverseemulator.odata;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Runs a query over rows in memory: filter, order (primary key last, for stable pages),
 * {@code $top}, one page.
 */
public final class QueryEngine {

	/** Dataverse's largest page (and the page size when the client names none). */
	public static final int MAX_PAGE_SIZE = 5000;

	/** {@code $count} counts this many at most, as Dataverse does. */
	public static final int MAX_COUNT = 5000;

	private QueryEngine() {
	}

	/**
	 * One page of the rows that match.
	 * @param attributes how to read a row's attribute by name
	 */
	public static <T> Page<T> run(List<T> rows, Function<T, Function<String, JsonNode>> attributes, QueryOptions query,
			PropertyTypes types, int pageSize) {
		List<T> matching = rows.stream()
			.filter(row -> query.filter().test(attributes.apply(row)))
			.sorted(comparator(attributes, query.orderBy(), types))
			.toList();
		if (query.top() != null && query.top() < matching.size()) {
			matching = matching.subList(0, query.top());
		}
		SkipToken.Position position = query.skipToken() == null ? new SkipToken.Position(0, 1)
				: SkipToken.decode(query.skipToken(), query.fingerprint());
		int from = Math.min(position.offset(), matching.size());
		int to = Math.min(from + pageSize, matching.size());
		String next = to < matching.size() ? SkipToken.encode(to, position.pageNumber() + 1, query.fingerprint())
				: null;
		Integer count = query.count() ? Math.min(matching.size(), MAX_COUNT) : null;
		return new Page<>(List.copyOf(matching.subList(from, to)), next, count);
	}

	private static <T> Comparator<T> comparator(Function<T, Function<String, JsonNode>> attributes,
			List<QueryOptions.OrderKey> keys, PropertyTypes types) {
		Comparator<T> order = (a, b) -> 0;
		for (QueryOptions.OrderKey key : keys) {
			Comparator<T> one = Comparator
				.comparing(row -> Values.of(attributes.apply(row).apply(key.property()), key.type()), Values.ORDER);
			order = order.thenComparing(key.descending() ? one.reversed() : one);
		}
		String pk = types.primaryKey();
		return order.thenComparing(row -> Values.of(attributes.apply(row).apply(pk), EdmType.GUID), Values.ORDER);
	}

	/**
	 * @param rows the rows of this page
	 * @param skipToken the token of the next page; null on the last one
	 * @param count the total for {@code $count=true}, else null
	 */
	public record Page<T>(List<T> rows, String skipToken, Integer count) {
	}

}
