package dev.journeyfacade.journey;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a list call asks for.
 *
 * @param statuses any of these statuses; empty = all
 * @param text name contains this text (case-insensitive); null = any name
 * @param sortField the sort key (the store always adds the primary key after it for
 * stable pages)
 * @param descending sort direction
 * @param pageSize rows per page
 * @param pageToken continuation of an earlier page (it carries that page's query); null =
 * first page
 */
public record JourneyQuery(List<JourneyStatus> statuses, @Nullable String text, SortField sortField, boolean descending,
		int pageSize, @Nullable String pageToken) {

	/**
	 * The {@code orderBy} parameter of every journey list: a sort key and a direction.
	 */
	public static final String ORDER_PATTERN = "(" + SortField.BY_NAME + "|" + SortField.BY_MODIFIED_AT + "|"
			+ SortField.BY_STARTS_AT + ")(:(asc|desc))?";

	public static final String ORDER_MESSAGE = "must be " + SortField.BY_NAME + ", " + SortField.BY_MODIFIED_AT + " or "
			+ SortField.BY_STARTS_AT + ", optionally followed by :asc or :desc";

	public static final String DEFAULT_ORDER = SortField.BY_MODIFIED_AT + ":desc";

	public JourneyQuery {
		statuses = statuses == null ? List.of() : List.copyOf(statuses);
	}

	/** The columns a list may be sorted by. */
	public enum SortField {

		NAME(SortField.BY_NAME), MODIFIED_AT(SortField.BY_MODIFIED_AT), STARTS_AT(SortField.BY_STARTS_AT);

		/** The API names, as constants for the parameter's pattern and message. */
		static final String BY_NAME = "name";

		static final String BY_MODIFIED_AT = "modifiedAt";

		static final String BY_STARTS_AT = "startsAt";

		private final String apiName;

		SortField(String apiName) {
			this.apiName = apiName;
		}

		static SortField ofApiName(String name) {
			for (SortField field : values()) {
				if (field.apiName.equals(name)) {
					return field;
				}
			}
			throw new IllegalArgumentException("unknown sort field " + name);
		}

	}

	/**
	 * Reads {@code name}, {@code name:asc}, {@code modifiedAt:desc}… (the controller has
	 * checked the pattern).
	 */
	static JourneyQuery of(@Nullable List<JourneyStatus> statuses, @Nullable String text, String orderBy, int pageSize,
			@Nullable String pageToken) {
		String[] parts = orderBy.split(":", 2);
		boolean descending = parts.length == 2 && parts[1].equals("desc");
		String q = text == null || text.isBlank() ? null : text.strip();
		return new JourneyQuery(statuses, q, SortField.ofApiName(parts[0]), descending, pageSize, pageToken);
	}
}
