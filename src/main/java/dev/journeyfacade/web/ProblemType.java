package dev.journeyfacade.web;

import java.net.URI;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Every RFC 9457 problem {@code type} of this API, with the status and title it is
 * answered with: the one list the problem-details advice, the security handlers, the
 * features' own exceptions and the OpenAPI document read. A type is a URN, stable and
 * never dereferenced; callers switch on it, so a slug never changes.
 */
public enum ProblemType {

	/** A 400 about the input: {@code errors[]} names every bad field. */
	VALIDATION_FAILED("validation-failed", HttpStatus.BAD_REQUEST, "Invalid request"),
	MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "Malformed request body"),
	INVALID_ID("invalid-id", HttpStatus.BAD_REQUEST, "Invalid id"),
	INVALID_PAGE_TOKEN("invalid-page-token", HttpStatus.BAD_REQUEST, "Invalid page token"),
	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
	/**
	 * A journey's status does not allow the action: {@code journeyStatus} and
	 * {@code allowedStatuses} say more.
	 */
	JOURNEY_STATE_CONFLICT("journey-state-conflict", HttpStatus.CONFLICT, "Journey status does not allow this"),
	IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.CONFLICT, "Idempotency key reused"),
	/**
	 * A real-time journey of that name exists and is not the one an earlier call with the
	 * same Idempotency-Key made; {@code validation} lists what Dataverse reported.
	 */
	JOURNEY_NAME_TAKEN("journey-name-taken", HttpStatus.CONFLICT, "Journey name taken"),
	/**
	 * Dataverse checked the journey and created nothing; {@code validation} says why.
	 */
	JOURNEY_NOT_CREATED("journey-not-created", HttpStatus.UNPROCESSABLE_CONTENT, "Journey not created"),
	/** This deployment does not serve the journey backend the endpoint belongs to. */
	JOURNEY_BACKEND_DISABLED("journey-backend-disabled", HttpStatus.NOT_IMPLEMENTED, "Journey backend switched off"),
	/**
	 * The environment has no outbound marketing (Microsoft removed it during 2026).
	 */
	OUTBOUND_MARKETING_UNAVAILABLE("outbound-marketing-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"Outbound marketing unavailable"),
	/**
	 * The environment has no real-time journeys, or not the part an endpoint needs
	 * (Dataverse does not know its table or action).
	 */
	REALTIME_JOURNEYS_UNAVAILABLE("realtime-journeys-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"Real-time journeys unavailable"),
	PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED, "Changed meanwhile"),

	// Spring MVC's own problems keep their title; they get one of these types by status
	BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad Request"),
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed"),
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not Acceptable"),
	CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type"),
	PRECONDITION_REQUIRED("precondition-required", HttpStatus.PRECONDITION_REQUIRED, "Precondition Required"),
	SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable"),
	CLIENT_ERROR("client-error", HttpStatus.BAD_REQUEST, "Client error"),
	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),

	// inbound security, decided before any controller
	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),
	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
	REJECTED_REQUEST("rejected-request", HttpStatus.BAD_REQUEST, "Rejected request"),
	/**
	 * Impersonation (ADR 15): the signed-in user has no (enabled) Dataverse user to act
	 * as.
	 */
	NO_DATAVERSE_USER("no-dataverse-user", HttpStatus.FORBIDDEN, "No Dataverse user"),
	/**
	 * Impersonation: an application's own token, and applications may not act as this
	 * service's application user.
	 */
	APPLICATION_CALLER_REFUSED("application-caller-refused", HttpStatus.FORBIDDEN, "Application callers not permitted"),

	// Dataverse behind the facade
	DATAVERSE_REJECTED("dataverse-rejected", HttpStatus.BAD_REQUEST, "Rejected by Dataverse"),
	DATAVERSE_FORBIDDEN("dataverse-forbidden", HttpStatus.FORBIDDEN, "Not permitted in Dataverse"),
	/**
	 * Impersonating: Dataverse refused the signed-in user (their security roles lack a
	 * privilege); {@code dataverseCode} says Dataverse's code.
	 */
	DATAVERSE_USER_FORBIDDEN("dataverse-user-forbidden", HttpStatus.FORBIDDEN, "Not permitted to you in Dataverse"),
	/**
	 * Dataverse refuses to let the application user act on behalf of users (0x8004A110):
	 * a set-up fault of this service.
	 */
	IMPERSONATION_NOT_PERMITTED("impersonation-not-permitted", HttpStatus.BAD_GATEWAY,
			"Dataverse refused impersonation"),
	DATAVERSE_AUTHENTICATION_FAILED("dataverse-authentication-failed", HttpStatus.BAD_GATEWAY,
			"Dataverse credentials refused"),
	DATAVERSE_ERROR("dataverse-error", HttpStatus.BAD_GATEWAY, "Dataverse error"),
	DATAVERSE_BAD_RESPONSE("dataverse-bad-response", HttpStatus.BAD_GATEWAY, "Unexpected answer from Dataverse"),
	DATAVERSE_UNREACHABLE("dataverse-unreachable", HttpStatus.BAD_GATEWAY, "Dataverse unreachable"),
	DATAVERSE_TIMEOUT("dataverse-timeout", HttpStatus.GATEWAY_TIMEOUT, "Dataverse timed out"),
	DATAVERSE_THROTTLED("dataverse-throttled", HttpStatus.SERVICE_UNAVAILABLE, "Dataverse is throttling"),
	OVERLOADED("overloaded", HttpStatus.SERVICE_UNAVAILABLE, "Too many requests in progress"),
	TOKEN_ENDPOINT_UNAVAILABLE("token-endpoint-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"Identity provider unavailable");

	/** Prefix of every problem {@code type}. */
	public static final String TYPE_PREFIX = "urn:journey-facade:problem:";

	private final String slug;

	private final HttpStatus status;

	private final String title;

	ProblemType(String slug, HttpStatus status, String title) {
		this.slug = slug;
		this.status = status;
		this.title = title;
	}

	public String slug() {
		return slug;
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	/** The {@code type} URI, e.g. {@code urn:journey-facade:problem:not-found}. */
	public URI type() {
		return URI.create(TYPE_PREFIX + slug);
	}

	/**
	 * A problem detail of this type, its status and title, with a human detail of this
	 * occurrence.
	 */
	public ProblemDetail detail(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type());
		problem.setTitle(title);
		return problem;
	}

	/**
	 * An exception that the problem-details advice renders as {@link #detail(String)}.
	 */
	public ErrorResponseException exception(String detail) {
		return new ErrorResponseException(status, detail(detail), null);
	}

	/**
	 * The type of a problem Spring MVC raised with this status (its title is left as
	 * Spring wrote it).
	 */
	static ProblemType forStatus(HttpStatusCode status) {
		return Arrays.stream(values())
			.filter(type -> type.byStatus() && type.status.value() == status.value())
			.findFirst()
			.orElse(status.is4xxClientError() ? CLIENT_ERROR : INTERNAL_ERROR);
	}

	/** The types Spring's own problems of a status get. */
	private boolean byStatus() {
		return switch (this) {
			case BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT, PRECONDITION_FAILED,
					PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, PRECONDITION_REQUIRED, SERVICE_UNAVAILABLE ->
				true;
			default -> false;
		};
	}

}
