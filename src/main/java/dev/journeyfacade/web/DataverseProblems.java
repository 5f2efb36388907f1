package dev.journeyfacade.web;

import dev.journeyfacade.dataverse.DataverseException;
import dev.journeyfacade.dataverse.DataverseUser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;

/**
 * How a Dataverse failure looks to the caller. By HTTP status first (Dataverse's code is
 * often empty or {@code 0x0}): 404 and 412 keep their meaning — but a 404 naming an
 * unknown entity set or action is no missing record (502, when no backend said what it
 * means: {@link UnknownResourceAnswer}) —, 400 carries Dataverse's message (it names the
 * bad field), 403 says whom Dataverse refused (the application user, or the signed-in
 * user it acted as: ADR 15), and 403 {@code 0x8004A110} (the application user may not
 * impersonate) is this service's fault, 502; every other failure is the facade's upstream
 * problem (502/503/504), worded without Dataverse internals.
 */
final class DataverseProblems {

	private DataverseProblems() {
	}

	/**
	 * The principal a privilege refusal names: "Principal user (Id=…" (a missing
	 * privilege) or "CallingUser: …" (a record out of the privilege's depth).
	 */
	private static final Pattern REFUSED_PRINCIPAL = Pattern
		.compile("(?:Principal user \\(Id=|CallingUser: )([0-9a-fA-F-]{36})");

	/** Longest part of Dataverse's own 403 message repeated to the caller. */
	private static final int MAX_REFUSAL_TEXT = 500;

	/**
	 * @param actingUser the Dataverse user the request acted as; null for the application
	 * user
	 */
	static ProblemDetail of(DataverseException e, @Nullable DataverseUser actingUser) {
		return switch (e.kind()) {
			case ERROR_RESPONSE -> errorResponse(e, actingUser);
			case THROTTLED -> ProblemType.DATAVERSE_THROTTLED.detail(e.getMessage());
			case OVERLOADED -> ProblemType.OVERLOADED
				.detail("This instance is at its limit of concurrent Dataverse calls; try again shortly.");
			case UNREACHABLE -> ProblemType.DATAVERSE_UNREACHABLE
				.detail("Dataverse could not be reached or kept failing; try again later.");
			case TIMEOUT -> ProblemType.DATAVERSE_TIMEOUT.detail("Dataverse did not answer in time.");
			case AUTHENTICATION -> e.status() == 0 || e.status() >= 500
					? ProblemType.TOKEN_ENDPOINT_UNAVAILABLE
						.detail("No access token for Dataverse could be obtained; try again later.")
					: ProblemType.DATAVERSE_AUTHENTICATION_FAILED.detail(
							"The identity provider refused this service's Dataverse credentials; operators must check them.");
		};
	}

	private static ProblemDetail errorResponse(DataverseException e, @Nullable DataverseUser actingUser) {
		if (e.status() < 300) {
			// A success (or no status at all) whose body could not be used: an answer of
			// Dataverse this service cannot use, worded as such.
			return ProblemType.DATAVERSE_BAD_RESPONSE.detail(e.getMessage() + ".");
		}
		return switch (e.status()) {
			case 400 -> ProblemType.DATAVERSE_REJECTED.detail(e.getMessage());
			case 403 -> forbidden(e, actingUser);
			case 404 -> e.isUnknownResource()
					? ProblemType.DATAVERSE_ERROR
						.detail("Dataverse does not know a table or action this operation needs in this environment.")
					: ProblemType.NOT_FOUND.detail("The record does not exist.");
			case 412 -> ProblemType.PRECONDITION_FAILED
				.detail("The record was changed since it was read (stale ETag), or already exists; read it again.");
			case 401 -> ProblemType.DATAVERSE_AUTHENTICATION_FAILED
				.detail("Dataverse refused this service's access token; operators must check the application user.");
			default -> ProblemType.DATAVERSE_ERROR
				.detail("Dataverse could not complete the request (status " + e.status() + ").");
		};
	}

	/**
	 * Impersonated, both users must hold the privilege
	 * (learn.microsoft.com/power-apps/developer/data-platform/impersonate-another-user),
	 * and Dataverse's message names the principal that lacks it: the signed-in user's
	 * refusal says so with Dataverse's words; one naming another principal (the
	 * application user) reads as without impersonation; one naming nobody is taken as the
	 * user's.
	 */
	private static ProblemDetail forbidden(DataverseException e, @Nullable DataverseUser actingUser) {
		if (e.isImpersonationRefused()) {
			return ProblemType.IMPERSONATION_NOT_PERMITTED.detail("Dataverse does not let this service act on behalf "
					+ "of its users (its application user lacks the privilege prvActOnBehalfOfAnotherUser); "
					+ "operators must grant it.");
		}
		String message = e.getMessage() == null ? "" : e.getMessage();
		Matcher principal = REFUSED_PRINCIPAL.matcher(message);
		if (actingUser == null
				|| principal.find() && !actingUser.systemUserId().toString().equalsIgnoreCase(principal.group(1))) {
			return ProblemType.DATAVERSE_FORBIDDEN
				.detail("This service's Dataverse application user lacks a privilege for this operation.");
		}
		String said = message.length() > MAX_REFUSAL_TEXT ? message.substring(0, MAX_REFUSAL_TEXT) + "…" : message;
		return ProblemType.DATAVERSE_USER_FORBIDDEN
			.detail("Dataverse refused this to your Dataverse user (" + actingUser.systemUserId()
					+ "): your security roles lack a privilege for it. Dataverse says: " + said);
	}

}
