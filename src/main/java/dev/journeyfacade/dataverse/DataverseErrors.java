package dev.journeyfacade.dataverse;

import dev.journeyfacade.dataverse.CallPipeline.Response;
import dev.journeyfacade.dataverse.RetryPolicy.Outcome;
import java.time.Duration;
import lombok.extern.slf4j.Slf4j;
import org.springframework.core.io.buffer.DataBufferLimitException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Turns what went wrong into the one {@link DataverseException}: Dataverse's error body
 * ({@code {"error":{"code","message"}}},
 * learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors),
 * a call that got no answer, a wait past the caller's budget, a body that cannot be read.
 * Nothing of a foreign body (a proxy's HTML page, say) is ever echoed.
 */
@Slf4j
final class DataverseErrors {

	private static final int MAX_ERROR_MESSAGE = 2000;

	private final JsonMapper json;

	DataverseErrors(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Dataverse answered with an error status: its code and message, when the body has
	 * them.
	 */
	DataverseException errorResponse(Response response) {
		JsonNode error = error(response);
		String code = error.path("code").asString("");
		String message = "Dataverse answered " + response.status();
		String text = error.path("message").asString("");
		if (!text.isBlank()) {
			message = text.length() > MAX_ERROR_MESSAGE ? text.substring(0, MAX_ERROR_MESSAGE) + "…" : text;
		}
		if (response.status() >= 500) {
			log.warn("Dataverse answered {} ({}) — x-ms-service-request-id {}", response.status(), code,
					response.serviceRequestId());
		}
		return DataverseException.errorResponse(response.status(), code, message, response.serviceRequestId());
	}

	/** The {@code code} of Dataverse's error body; empty when the body has none. */
	String code(Response response) {
		return error(response).path("code").asString("");
	}

	/**
	 * The {@code error} object of the body; a missing node when the body is not
	 * Dataverse's error shape (a proxy's HTML page, say), which is never echoed.
	 */
	private JsonNode error(Response response) {
		if (response.body().length == 0) {
			return MissingNode.getInstance();
		}
		try {
			JsonNode error = json.readTree(response.body()).path("error");
			return error.isObject() ? error : MissingNode.getInstance();
		}
		catch (JacksonException notJson) {
			return MissingNode.getInstance();
		}
	}

	/** No answer arrived: in time (a timeout) or at all. */
	static DataverseException noResponse(Outcome outcome) {
		boolean timeout = outcome instanceof Outcome.Timeout;
		return new DataverseException(timeout ? DataverseException.Kind.TIMEOUT : DataverseException.Kind.UNREACHABLE,
				0, "", timeout ? "Dataverse did not answer in time" : "Dataverse could not be reached", null, null,
				null);
	}

	/**
	 * Waiting for a 429 to pass would outlast the caller's budget: 503 with Retry-After,
	 * at once.
	 */
	static DataverseException throttledPastBudget(Duration retryAfter) {
		Duration whole = Duration.ofSeconds(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
		return new DataverseException(DataverseException.Kind.THROTTLED, 429, "",
				"Dataverse is throttling this service; try again in " + whole.toSeconds() + " s", whole, null, null);
	}

	/** The in-flight cap stayed full for the whole wait. */
	static DataverseException overloaded() {
		return new DataverseException(DataverseException.Kind.OVERLOADED, 0, "",
				"Too many Dataverse calls in flight; try again shortly", Duration.ofSeconds(1), null, null);
	}

	/** A success whose body does not fit the expected shape. */
	static DataverseException unreadableBody(Response response, JacksonException cause) {
		return new DataverseException(DataverseException.Kind.ERROR_RESPONSE, response.status(), "",
				"Dataverse sent a body this service cannot read", null, response.serviceRequestId(), cause);
	}

	/**
	 * An answer larger than the client reads: Dataverse's failure to the caller, never a
	 * 500.
	 */
	static DataverseException oversizedBody(DataBufferLimitException cause) {
		return new DataverseException(DataverseException.Kind.ERROR_RESPONSE, 0, "",
				"Dataverse sent an answer larger than this service reads", null, null, cause);
	}

	/** A read answered 2xx without the record it asked for. */
	static DataverseException missingBody(Response response) {
		return new DataverseException(DataverseException.Kind.ERROR_RESPONSE, response.status(), "",
				"Dataverse answered " + response.status() + " without the record asked for", null,
				response.serviceRequestId(), null);
	}

	static DataverseException interrupted(InterruptedException cause) {
		return new DataverseException(DataverseException.Kind.UNREACHABLE, 0, "", "Interrupted while waiting to retry",
				null, null, cause);
	}

	/** The meter tag of a failed call. */
	static String outcomeTag(DataverseException e) {
		return switch (e.kind()) {
			case ERROR_RESPONSE -> e.status() >= 500 ? "server-error" : "client-error";
			case THROTTLED -> "throttled";
			case OVERLOADED -> "overloaded";
			case UNREACHABLE -> "unreachable";
			case TIMEOUT -> "timeout";
			case AUTHENTICATION -> "authentication";
		};
	}

}
