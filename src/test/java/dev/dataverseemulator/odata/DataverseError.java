package dev.dataverseemulator.odata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * A failure the emulator answers the way Dataverse does: an HTTP status and a body
 * {@code {"error":{"code":"0x…","message":"…"}}}.
 *
 * <p>
 * Codes documented by Microsoft and used as documented: {@code 0x80040217} (record does
 * not exist), {@code 0x8006088a} (unknown resource segment), {@code 0x80060888} (query
 * syntax / unknown property), {@code 0x80040237} (duplicate key), {@code 0x80048d19} (bad
 * payload), {@code 0x80044331} (field validation),
 * {@code 0x80072322}/{@code 0x80072321}/{@code 0x80072326} (service protection limits),
 * {@code 0x80040220} (a principal missing a privilege), {@code 0x8004A110} (the caller
 * may not act on behalf of another user). The emulator's own choices, where Dataverse's
 * exact code is not public: {@code 0x80060882} for an ETag mismatch, {@code 0x80040203}
 * for an invalid status transition, {@code 0x80040265} (the code a plug-in's refusal
 * carries) for edits and deletes of a locked journey, {@code 0x0} for a missing or
 * unknown bearer token (Dataverse itself sends no code with a 401) and, with status 501,
 * for a feature Dataverse has and the emulator does not emulate ({@link #notEmulated}).
 */
public final class DataverseError extends RuntimeException {

	public static final String RECORD_NOT_FOUND = "0x80040217";

	public static final String RESOURCE_NOT_FOUND = "0x8006088a";

	public static final String QUERY_ERROR = "0x80060888";

	public static final String DUPLICATE_KEY = "0x80040237";

	public static final String BAD_PAYLOAD = "0x80048d19";

	public static final String INVALID_VALUE = "0x80044331";

	public static final String ETAG_MISMATCH = "0x80060882";

	public static final String INVALID_ARGUMENT = "0x80040203";

	public static final String BUSINESS_RULE = "0x80040265";

	public static final String UNAUTHENTICATED = "0x0";

	public static final String REQUEST_COUNT_LIMIT = "0x80072322";

	public static final String EXECUTION_TIME_LIMIT = "0x80072321";

	public static final String CONCURRENCY_LIMIT = "0x80072326";

	public static final String PRIVILEGE_DENIED = "0x80040220";

	public static final String CANNOT_ACT_ON_BEHALF = "0x8004A110";

	public static final String NOT_EMULATED = "0x0";

	public static final String UNEXPECTED = "0x80040216";

	private final HttpStatus status;

	private final String code;

	private final Map<String, String> headers;

	private DataverseError(HttpStatus status, String code, String message, Map<String, String> headers) {
		super(message, null, false, false); // an expected answer, not a fault: no stack
											// trace
		this.status = status;
		this.code = code;
		this.headers = headers;
	}

	public static DataverseError of(HttpStatus status, String code, String message) {
		return new DataverseError(status, code, message, Map.of());
	}

	/** The same error with one more response header (e.g. {@code Retry-After}). */
	public DataverseError withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(headers);
		more.put(name, value);
		return new DataverseError(status, code, getMessage(), Map.copyOf(more));
	}

	public static DataverseError recordNotFound(String logicalName, UUID id) {
		return of(HttpStatus.NOT_FOUND, RECORD_NOT_FOUND, logicalName + " With Id = " + id + " Does Not Exist");
	}

	public static DataverseError resourceNotFound(String segment) {
		return of(HttpStatus.NOT_FOUND, RESOURCE_NOT_FOUND, "Resource not found for the segment '" + segment + "'.");
	}

	/**
	 * 501 for what Dataverse serves and the emulator does not: said plainly, so that a
	 * test never passes on a feature the emulator silently ignored.
	 */
	public static DataverseError notEmulated(String feature) {
		return of(HttpStatus.NOT_IMPLEMENTED, NOT_EMULATED, "The Dataverse emulator does not emulate " + feature
				+ ". Dataverse serves it; see docs/emulator.md, section 'Not emulated'.");
	}

	public static DataverseError badQuery(String message) {
		return of(HttpStatus.BAD_REQUEST, QUERY_ERROR, message);
	}

	public static DataverseError badPayload(String message) {
		return of(HttpStatus.BAD_REQUEST, BAD_PAYLOAD, message);
	}

	public static DataverseError invalidValue(String message) {
		return of(HttpStatus.BAD_REQUEST, INVALID_VALUE, message);
	}

	public static DataverseError duplicateKey() {
		return of(HttpStatus.PRECONDITION_FAILED, DUPLICATE_KEY, "A record with matching key values already exists.");
	}

	public static DataverseError etagMismatch() {
		return of(HttpStatus.PRECONDITION_FAILED, ETAG_MISMATCH,
				"The version of the existing record doesn't match the RowVersion property provided.");
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Map<String, String> headers() {
		return headers;
	}

}
