package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a picker list (any backend's) and the token for the next. */
@Schema(description = "A page of choices, sorted by name.")
public record PickerPage<T>(@Schema(description = "The choices of this page.") List<T> items,
		@Schema(description = "Opaque token for the next page (pass it as `pageToken`); null on the last page.",
				example = "eyJ2IjoxLCJsIjoiaHR0cHM6Ly8uLi4ifQ") @Nullable String nextPageToken) {

	public PickerPage {
		items = List.copyOf(items);
	}
}
