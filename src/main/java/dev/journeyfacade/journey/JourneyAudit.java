package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Who created and last changed a journey, as Dataverse's audit columns say
 * ({@code createdby}, {@code modifiedby}, {@code createdonbehalfby},
 * {@code modifiedonbehalfby}). With impersonation (ADR 15) the first two name the
 * signed-in user and the other two this service's application user; without it the
 * application user is the author of everything and the on-behalf columns are null.
 */
public record JourneyAudit(
		@Schema(description = "The Dataverse user who created the journey.") @Nullable UserReference createdBy,
		@Schema(description = "The Dataverse user who last changed the journey.") @Nullable UserReference modifiedBy,
		@Schema(description = "The Dataverse user who created the journey on behalf of `createdBy` (this service's "
				+ "application user when it impersonates the signed-in user); null when `createdBy` acted "
				+ "directly.") @Nullable UserReference createdOnBehalfBy,
		@Schema(description = "The Dataverse user who last changed the journey on behalf of `modifiedBy`; null when "
				+ "`modifiedBy` acted directly.") @Nullable UserReference modifiedOnBehalfBy) {

	/** No audit columns read. */
	public static final JourneyAudit NONE = new JourneyAudit(null, null, null, null);

}
