package dev.journeyfacade.web;

import dev.journeyfacade.dataverse.DataverseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * How a Dataverse failure looks to the caller. By HTTP status first (Dataverse's code is often empty or
 * {@code 0x0}): 404 and 412 keep their meaning, 400 carries Dataverse's message (it names the bad field),
 * 403 says the application user lacks a privilege; every other failure is the facade's upstream problem
 * (502/503/504), worded without Dataverse internals.
 */
final class DataverseProblems {

    private DataverseProblems() {
    }

    static ProblemDetail of(DataverseException e) {
        return switch (e.kind()) {
            case ERROR_RESPONSE -> errorResponse(e);
            case THROTTLED -> Problems.detail(HttpStatus.SERVICE_UNAVAILABLE, "dataverse-throttled", "Dataverse is throttling",
                    e.getMessage());
            case OVERLOADED -> Problems.detail(HttpStatus.SERVICE_UNAVAILABLE, "overloaded", "Too many requests in progress",
                    "This instance is at its limit of concurrent Dataverse calls; try again shortly.");
            case UNREACHABLE -> Problems.detail(HttpStatus.BAD_GATEWAY, "dataverse-unreachable", "Dataverse unreachable",
                    "Dataverse could not be reached or kept failing; try again later.");
            case TIMEOUT -> Problems.detail(HttpStatus.GATEWAY_TIMEOUT, "dataverse-timeout", "Dataverse timed out",
                    "Dataverse did not answer in time.");
            case AUTHENTICATION -> e.status() == 0 || e.status() >= 500
                    ? Problems.detail(HttpStatus.SERVICE_UNAVAILABLE, "token-endpoint-unavailable",
                            "Identity provider unavailable", "No access token for Dataverse could be obtained; try again later.")
                    : Problems.detail(HttpStatus.BAD_GATEWAY, "dataverse-authentication-failed",
                            "Dataverse credentials refused",
                            "The identity provider refused this service's Dataverse credentials; operators must check them.");
        };
    }

    private static ProblemDetail errorResponse(DataverseException e) {
        return switch (e.status()) {
            case 400 -> Problems.detail(HttpStatus.BAD_REQUEST, "dataverse-rejected", "Rejected by Dataverse", e.getMessage());
            case 403 -> Problems.detail(HttpStatus.FORBIDDEN, "dataverse-forbidden", "Not permitted in Dataverse",
                    "This service's Dataverse application user lacks a privilege for this operation.");
            case 404 -> Problems.detail(HttpStatus.NOT_FOUND, "not-found", "Not found", "The record does not exist.");
            case 412 -> Problems.detail(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Changed meanwhile",
                    "The record was changed since it was read (stale ETag), or already exists; read it again.");
            case 401 -> Problems.detail(HttpStatus.BAD_GATEWAY, "dataverse-authentication-failed", "Dataverse credentials refused",
                    "Dataverse refused this service's access token; operators must check the application user.");
            default -> Problems.detail(HttpStatus.BAD_GATEWAY, "dataverse-error", "Dataverse error",
                    "Dataverse could not complete the request (status " + e.status() + ").");
        };
    }
}
