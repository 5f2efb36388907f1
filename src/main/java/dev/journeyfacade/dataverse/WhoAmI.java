package dev.journeyfacade.dataverse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The answer of Dataverse's {@code WhoAmI} function: whom a call acts as.
 *
 * @param userId the {@code systemuserid} of the user the call runs as (the application
 * user, or the impersonated user)
 * @param businessUnitId that user's business unit
 * @param organizationId the environment's organization
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WhoAmI(@JsonProperty("UserId") @Nullable UUID userId,
		@JsonProperty("BusinessUnitId") @Nullable UUID businessUnitId,
		@JsonProperty("OrganizationId") @Nullable UUID organizationId) {
}
