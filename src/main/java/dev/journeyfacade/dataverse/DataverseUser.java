package dev.journeyfacade.dataverse;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Dataverse user ({@code systemuser}) as an impersonated call needs it.
 *
 * @param systemUserId the user's id in Dataverse, as audit columns and privilege errors
 * name it
 * @param fullName its name
 * @param disabled whether the user is disabled ({@code isdisabled})
 */
public record DataverseUser(UUID systemUserId, @Nullable String fullName, boolean disabled) {
}
