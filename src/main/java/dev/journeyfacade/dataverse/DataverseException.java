package dev.journeyfacade.dataverse;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one exception for a Dataverse call that did not succeed: Dataverse answered an
 * error, or the client gave up (throttled past the time budget, too many calls in flight,
 * unreachable, no token). Carries what the web layer needs for a problem detail and
 * nothing secret.
 */
public class DataverseException extends RuntimeException {

	/** Why the call failed. */
	public enum Kind {

		/**
		 * Dataverse answered with an error status; see {@link #status()} and
		 * {@link #code()}.
		 */
		ERROR_RESPONSE,
		/**
		 * 429s would have pushed the wait past the caller's time budget; retry after
		 * {@link #retryAfter()}.
		 */
		THROTTLED,
		/**
		 * This instance already has its maximum of calls in flight and none freed up in
		 * time.
		 */
		OVERLOADED,
		/**
		 * Dataverse could not be reached, or kept failing with 5xx, within the retries
		 * allowed.
		 */
		UNREACHABLE,
		/** No response in time. */
		TIMEOUT,
		/**
		 * The token endpoint refused or failed; the status says which (401/400 refused,
		 * 5xx/0 failed).
		 */
		AUTHENTICATION

	}

	/**
	 * Dataverse's code for a name it does not know, such as an entity set or action the
	 * environment does not have
	 * (learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).
	 */
	public static final String UNKNOWN_RESOURCE = "0x8006088a";

	/**
	 * Dataverse's {@code CannotActOnBehalfOfAnotherUser}: the application user lacks
	 * {@code prvActOnBehalfOfAnotherUser}
	 * (learn.microsoft.com/power-apps/developer/data-platform/impersonate-another-user).
	 */
	public static final String CANNOT_ACT_ON_BEHALF = "0x8004a110";

	private final Kind kind;

	private final int status;

	private final @Nullable String code;

	private final @Nullable Duration retryAfter;

	private final @Nullable String serviceRequestId;

	public DataverseException(Kind kind, int status, @Nullable String code, String message,
			@Nullable Duration retryAfter, @Nullable String serviceRequestId, @Nullable Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.status = status;
		this.code = code;
		this.retryAfter = retryAfter;
		this.serviceRequestId = serviceRequestId;
	}

	/** An error answer of Dataverse. */
	public static DataverseException errorResponse(int status, @Nullable String code, String message,
			@Nullable String serviceRequestId) {
		return new DataverseException(Kind.ERROR_RESPONSE, status, code, message, null, serviceRequestId, null);
	}

	public Kind kind() {
		return kind;
	}

	/**
	 * Dataverse's HTTP status (or the token endpoint's, for {@link Kind#AUTHENTICATION});
	 * 0 when none was received.
	 */
	public int status() {
		return status;
	}

	/** Dataverse's error code such as {@code 0x80040217}; may be empty. */
	public String code() {
		return code == null ? "" : code;
	}

	/** When the caller may try again, for throttling and overload. */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

	/** {@code x-ms-service-request-id} of the failing response, for Microsoft support. */
	public Optional<String> serviceRequestId() {
		return Optional.ofNullable(serviceRequestId);
	}

	/**
	 * True for Dataverse's 404 that names an unknown entity set or action, not a missing
	 * record.
	 */
	public boolean isUnknownResource() {
		return is(404) && UNKNOWN_RESOURCE.equalsIgnoreCase(code());
	}

	/**
	 * True for Dataverse's 403 that says the application user may not impersonate anyone.
	 */
	public boolean isImpersonationRefused() {
		return is(403) && CANNOT_ACT_ON_BEHALF.equalsIgnoreCase(code());
	}

	/** True for a Dataverse answer with this status. */
	public boolean is(int httpStatus) {
		return kind == Kind.ERROR_RESPONSE && status == httpStatus;
	}

}
