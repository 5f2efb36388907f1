package dev.journeyfacade.dataverse;

import java.util.List;

/**
 * One page of a Dataverse list.
 *
 * @param items        the rows of this page
 * @param continuation opaque token for the next page (wraps Dataverse's {@code @odata.nextLink}), or null on
 *                     the last page; hand it back to {@link DataverseClient#nextPage}
 */
public record DataversePage<T>(List<T> items, String continuation) {

    public DataversePage {
        items = List.copyOf(items);
    }
}
