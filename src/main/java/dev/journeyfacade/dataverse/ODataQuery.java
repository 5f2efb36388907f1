package dev.journeyfacade.dataverse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The system query options of one Dataverse read: {@code $select}, {@code $filter},
 * {@code $orderby} ({@code $top} is ignored when a page size is set, so the facade never
 * sends it). Immutable; build with {@link #select(String...)} and the {@code with…}
 * methods. Percent-encoding happens once, in {@link #toQueryString()}.
 */
public final class ODataQuery {

	private final List<String> select;

	private final ODataFilter filter;

	private final List<String> orderBy;

	private ODataQuery(List<String> select, ODataFilter filter, List<String> orderBy) {
		this.select = List.copyOf(select);
		this.filter = filter;
		this.orderBy = List.copyOf(orderBy);
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
		return new ODataQuery(checked, null, List.of());
	}

	public ODataQuery withFilter(ODataFilter newFilter) {
		return new ODataQuery(select, newFilter, orderBy);
	}

	/**
	 * Adds a sort key; call again for the next key (end with the primary key for stable
	 * pages).
	 */
	public ODataQuery withOrderBy(String property, boolean descending) {
		List<String> keys = new ArrayList<>(orderBy);
		keys.add(ODataFilter.property(property) + (descending ? " desc" : " asc"));
		return new ODataQuery(select, filter, keys);
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
		return options;
	}

	/** {@code ?$select=…&$filter=…}, percent-encoded; empty when there are no options. */
	public String toQueryString() {
		StringBuilder out = new StringBuilder();
		options().forEach((name, value) -> out.append(out.isEmpty() ? '?' : '&')
			.append(name)
			.append('=')
			.append(ODataEncoding.encode(value)));
		return out.toString();
	}

	@Override
	public String toString() {
		return options().toString();
	}

}
