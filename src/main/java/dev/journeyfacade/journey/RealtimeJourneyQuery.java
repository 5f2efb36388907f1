package dev.journeyfacade.journey;

import dev.journeyfacade.journey.JourneyQuery.SortField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a list of real-time journeys asks for: the same filters, sort keys and paging as
 * {@link JourneyQuery}, with the real-time statuses.
 *
 * @param statuses any of these statuses; empty = all
 * @param text name contains this text (case-insensitive); null = any name
 * @param sortField the sort key (the store adds the primary key after it)
 * @param descending sort direction
 * @param pageSize rows per page
 * @param pageToken continuation of an earlier page; null = first page
 */
public record RealtimeJourneyQuery(List<RealtimeJourneyStatus> statuses, @Nullable String text, SortField sortField,
		boolean descending, int pageSize, @Nullable String pageToken) {

	public RealtimeJourneyQuery {
		statuses = statuses == null ? List.of() : List.copyOf(statuses);
	}

	/** Reads the list parameters as {@link JourneyQuery#of} does. */
	static RealtimeJourneyQuery of(@Nullable List<RealtimeJourneyStatus> statuses, @Nullable String text,
			String orderBy, int pageSize, @Nullable String pageToken) {
		JourneyQuery query = JourneyQuery.of(List.of(), text, orderBy, pageSize, pageToken);
		return new RealtimeJourneyQuery(statuses, query.text(), query.sortField(), query.descending(), pageSize,
				pageToken);
	}

}
