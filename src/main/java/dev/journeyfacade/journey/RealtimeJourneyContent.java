package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whom a real-time journey addresses and what it sends, said once: a create sets these in
 * its template, a journey as read shows them (both carry them unwrapped). They are the
 * parts of the journey's definition that Microsoft documents; everything else of the
 * definition stays as the template made it.
 */
@Schema(description = "Whom a real-time journey addresses and what it sends.")
public record RealtimeJourneyContent(@Schema(
		description = "Id of the journey's target segment (its audience). A create without it keeps the template's.",
		example = "98765432-1234-5678-9012-123456789012") @Nullable UUID audienceSegmentId,
		@Schema(description = "Ids of the journey's exclusion segments. A create without it keeps the template's; "
				+ "an empty list clears them.") @Size(
						max = JourneyLimits.SEGMENTS_MAX) @Nullable List<@NotNull UUID> exclusionSegmentIds,
		@Schema(description = "Ids of the suppression segments of the journey's exit criteria. A create without it "
				+ "keeps the template's; an empty list clears them.") @Size(
						max = JourneyLimits.SEGMENTS_MAX) @Nullable List<@NotNull UUID> suppressionSegmentIds,
		@Schema(description = "The message of each action that sends one. A create changes only the actions it "
				+ "names, each action once per kind of message.") @Size(
						max = JourneyLimits.MESSAGES_MAX) @Nullable List<@NotNull @Valid MessageChoice> messages) {

	/** Nothing chosen: the template as it is. */
	public static final RealtimeJourneyContent NONE = new RealtimeJourneyContent(null, null, null, null);

	public RealtimeJourneyContent {
		exclusionSegmentIds = copy(exclusionSegmentIds);
		suppressionSegmentIds = copy(suppressionSegmentIds);
		messages = copy(messages);
	}

	/**
	 * An unmodifiable copy that keeps null elements, so that Bean Validation names them.
	 */
	private static <T> @Nullable List<T> copy(@Nullable List<T> list) {
		return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
	}
}
