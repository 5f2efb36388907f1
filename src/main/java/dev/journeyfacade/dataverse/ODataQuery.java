package dev.journeyfacade.dataverse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The system query options of one Dataverse read: {@code $select}, {@code $filter},
 * {@code $orderby}, and {@code $top} for a read of a few rows without paging
 * ({@link DataverseClient#query}; Dataverse ignores {@code $top} when a page size is
 * preferred, so pages never send it). Immutable; build with {@link #select(String...)}
 * and the {@code with…} methods. Percent-encoding happens once, in
 * {@link #toQueryString()}, which keeps its result.
 */
public final class ODataQuery {

	private final List<String> select;

	private final ODataFilter filter;

	private final List<String> orderBy;

	private final @Nullable Integer top;

	// Encoded on first use and kept: a query held as a constant is encoded once. A race
	// only encodes it twice to the same string.
	private @Nullable String queryString;

	private ODataQuery(List<String> select, ODataFilter filter, List<String> orderBy, @Nullable Integer top) {
		this.select = List.copyOf(select);
		this.filter = filter;
		this.orderBy = List.copyOf(orderBy);
		this.top = top;
	}

	/**
	 * Only these columns (always name them: a journey's workflow definition can be a
	 * megabyte).
	 */
	public static ODataQuery select(String... properties) {
		List<String> checked = new ArrayList<>();
		for (String p : properties) {
			checked.add(ODataFilter.property(p));
		}
		return new ODataQuery(checked, null, List.of(), null);
	}

	public ODataQuery withFilter(ODataFilter newFilter) {
		return new ODataQuery(select, newFilter, orderBy, top);
	}

	/**
	 * Adds a sort key; call again for the next key (end with the primary key for stable
	 * pages).
	 */
	public ODataQuery withOrderBy(String property, boolean descending) {
		List<String> keys = new ArrayList<>(orderBy);
		keys.add(ODataFilter.property(property) + (descending ? " desc" : " asc"));
		return new ODataQuery(select, filter, keys, top);
	}

	/** At most this many rows ({@code $top}). */
	public ODataQuery withTop(int rows) {
		if (rows < 1) {
			throw new IllegalArgumentException("$top must be at least 1: " + rows);
		}
		return new ODataQuery(select, filter, orderBy, rows);
	}

	/** The options by name, not yet encoded, in a stable order. */
	public Map<String, String> options() {
		Map<String, String> options = new LinkedHashMap<>();
		if (!select.isEmpty()) {
			options.put("$select", String.join(",", select));
		}
		if (filter != null) {
			options.put("$filter", filter.expression());
		}
		if (!orderBy.isEmpty()) {
			options.put("$orderby", String.join(",", orderBy));
		}
		if (top != null) {
			options.put("$top", top.toString());
		}
		return options;
	}

	/** {@code ?$select=…&$filter=…}, percent-encoded; empty when there are no options. */
	public String toQueryString() {
		String encoded = queryString;
		if (encoded == null) {
			StringBuilder out = new StringBuilder();
			options().forEach((name, value) -> out.append(out.isEmpty() ? '?' : '&')
				.append(name)
				.append('=')
				.append(ODataEncoding.encode(value)));
			encoded = out.toString();
			queryString = encoded;
		}
		return encoded;
	}

	@Override
	public String toString() {
		return options().toString();
	}

}
