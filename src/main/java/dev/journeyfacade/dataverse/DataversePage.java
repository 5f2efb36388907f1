package dev.journeyfacade.dataverse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a Dataverse list.
 *
 * @param items the rows of this page
 * @param continuation opaque token for the next page (wraps Dataverse's
 * {@code @odata.nextLink}), or null on the last page; hand it back to
 * {@link DataverseClient#nextPage}
 */
public record DataversePage<T>(List<T> items, @Nullable String continuation) {

	public DataversePage {
		items = List.copyOf(items);
	}
}
