package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Dataverse user a journey names (who created or changed it): the id, and the name
 * where Dataverse gives it with the read.
 *
 * @param id the user's {@code systemuserid}
 * @param name the user's full name as Dataverse formats it; given when one journey is
 * read ({@code GET …/{id}} without {@code If-None-Match}), null in lists and in the
 * answers of writes
 */
@Schema(description = "A Dataverse user (systemuser).")
public record UserReference(
		@Schema(description = "The user's id (systemuserid).", example = JourneyDocs.OWNER_EXAMPLE) UUID id,
		@Schema(description = "The user's full name as Dataverse formats it; given when one journey is read, null in "
				+ "the answers of writes and of conditional reads.",
				example = "Marketing Admin") @Nullable String name) {

	/** The reference, or null when Dataverse names no user. */
	public static @Nullable UserReference of(@Nullable UUID id, @Nullable String name) {
		return id == null ? null : new UserReference(id, name);
	}

}
