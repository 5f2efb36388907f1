package dev.journeyfacade.web;

import dev.journeyfacade.dataverse.DataverseException;
import org.springframework.http.ProblemDetail;

/**
 * How a Dataverse failure looks to the caller. By HTTP status first (Dataverse's code is
 * often empty or {@code 0x0}): 404 and 412 keep their meaning — but a 404 naming an
 * unknown entity set or action is no missing record (502, when no backend said what it
 * means: {@link UnknownResourceAnswer}) —, 400 carries Dataverse's message (it names the
 * bad field), 403 says the application user lacks a privilege; every other failure is the
 * facade's upstream problem (502/503/504), worded without Dataverse internals.
 */
final class DataverseProblems {

	private DataverseProblems() {
	}

	static ProblemDetail of(DataverseException e) {
		return switch (e.kind()) {
			case ERROR_RESPONSE -> errorResponse(e);
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

	private static ProblemDetail errorResponse(DataverseException e) {
		if (e.status() < 300) {
			// A success (or no status at all) whose body could not be used: an answer of
			// Dataverse this service cannot use, worded as such.
			return ProblemType.DATAVERSE_BAD_RESPONSE.detail(e.getMessage() + ".");
		}
		return switch (e.status()) {
			case 400 -> ProblemType.DATAVERSE_REJECTED.detail(e.getMessage());
			case 403 -> ProblemType.DATAVERSE_FORBIDDEN
				.detail("This service's Dataverse application user lacks a privilege for this operation.");
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

}
