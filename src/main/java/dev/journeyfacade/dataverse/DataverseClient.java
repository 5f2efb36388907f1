package dev.journeyfacade.dataverse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.journeyfacade.dataverse.CallPipeline.Call;
import dev.journeyfacade.dataverse.CallPipeline.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one client of the Dataverse Web API: the operations the facade needs, each a call
 * through {@link CallPipeline} (budget, throttle gate, token, concurrency cap, retry,
 * error decoding). Hand-written, not a declarative HTTP interface: OData paths, ETags,
 * paging links and the retry and throttle rules do not fit an annotated interface (ADR
 * 1). Blocking, for the servlet stack; thread-safe, one per application.
 *
 * <p>
 * Every failure is a {@link DataverseException}. Entity shapes are the caller's: pass the
 * record type to read into (Jackson annotations; {@code @JsonProperty("@odata.etag")} for
 * the ETag) and any object or map to write.
 */
public final class DataverseClient {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,127}");

	private static final int MAX_PAGE_SIZE = 5000;

	/**
	 * The annotation that follows a column with its formatted value: a choice's label, a
	 * lookup's name of the record it names
	 * (learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values).
	 * Read it as {@code "<column>" + FORMATTED_VALUE}.
	 */
	public static final String FORMATTED_VALUE = "@OData.Community.Display.V1.FormattedValue";

	private static final String INCLUDE_FORMATTED_VALUES = "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"";

	/**
	 * What an If-None-Match may carry: one entity tag, weak or strong, of safe
	 * characters.
	 */
	private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[A-Za-z0-9._:+/=-]{1,128}\"");

	private final String apiBaseUrl;

	private final CallPipeline calls;

	private final ContinuationCodec continuations;

	private final JsonMapper json;

	DataverseClient(DataverseProperties properties, ContinuationCodec continuations, CallPipeline calls,
			JsonMapper json) {
		this.apiBaseUrl = properties.apiBaseUrl();
		this.calls = calls;
		this.continuations = continuations;
		this.json = json;
	}

	/**
	 * {@code GET /{entitySet}({id})?$select=…}. 404 → {@link DataverseException} with
	 * status 404; a 200 without the record → {@link DataverseException} (a bad answer).
	 */
	public <T> T retrieve(String entitySet, UUID id, ODataQuery query, Class<T> type) {
		return record(call("retrieve", HttpMethod.GET, entityPath(entitySet, id) + query.toQueryString(), null,
				new HttpHeaders(), true), type);
	}

	/**
	 * {@link #retrieve} with formatted values ({@link #FORMATTED_VALUE}): the names of
	 * the records its lookups name come in the same answer, at no extra call. Never
	 * conditional: Dataverse answers no 304 to a read that asks for annotations.
	 */
	public <T> T retrieveWithFormattedValues(String entitySet, UUID id, ODataQuery query, Class<T> type) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Prefer", INCLUDE_FORMATTED_VALUES);
		return record(call("retrieve", HttpMethod.GET, entityPath(entitySet, id) + query.toQueryString(), null, headers,
				true), type);
	}

	/**
	 * A conditional read: {@code GET /{entitySet}({id})?$select=…} with
	 * {@code If-None-Match: {etag}}; empty when Dataverse answers 304 (the record is
	 * still at that version). Single records only, and never with {@code $expand} or
	 * annotations, with which Dataverse answers no 304
	 * (learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api);
	 * a table without optimistic concurrency answers 200 every time. A 304 still counts
	 * against the service protection limits.
	 * @param etag an entity tag as Dataverse writes it, e.g. {@code W/"1234567"}
	 */
	public <T> Optional<T> retrieveIfChanged(String entitySet, UUID id, ODataQuery query, String etag, Class<T> type) {
		if (!isEntityTag(etag)) {
			throw new IllegalArgumentException("not an entity tag: " + etag);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.IF_NONE_MATCH, etag);
		Response response = call("retrieve-if-changed", HttpMethod.GET,
				entityPath(entitySet, id) + query.toQueryString(), null, headers, true);
		return response.isNotModified() ? Optional.empty() : Optional.of(record(response, type));
	}

	/**
	 * First page of {@code GET /{entitySet}?…} with
	 * {@code Prefer: odata.maxpagesize=pageSize}.
	 */
	public <T> DataversePage<T> list(String entitySet, ODataQuery query, int pageSize, Class<T> type) {
		return page(entitySet, URI.create(apiBaseUrl + "/" + identifier(entitySet) + query.toQueryString()), pageSize,
				type, "list");
	}

	/**
	 * {@code GET /{entitySet}?…} for a few rows, without paging: the query bounds them
	 * with {@code $top} and no {@code Prefer: odata.maxpagesize} is sent (with one,
	 * Dataverse ignores {@code $top}); a next link, if any, is not followed.
	 */
	public <T> List<T> query(String entitySet, ODataQuery query, Class<T> type) {
		if (!query.options().containsKey("$top")) {
			throw new IllegalArgumentException("a query without paging needs $top: " + query);
		}
		Response response = calls.execute(new Call("query", HttpMethod.GET,
				URI.create(apiBaseUrl + "/" + identifier(entitySet) + query.toQueryString()), null, new HttpHeaders(),
				true));
		List<T> rows = collection(response, type).value();
		return rows == null ? List.of() : rows;
	}

	/**
	 * {@code GET /WhoAmI()}: the user, business unit and organization this call acts as
	 * (learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami).
	 * Null when Dataverse answers without a body.
	 */
	public @Nullable WhoAmI whoAmI() {
		return read(call("who-am-i", HttpMethod.GET, apiBaseUrl + "/WhoAmI()", null, new HttpHeaders(), true),
				WhoAmI.class);
	}

	/**
	 * A following page: the continuation of a previous page of the same entity set. A
	 * token that does not decode to a next link of the configured Dataverse URL and that
	 * entity set is refused with {@link InvalidContinuationException} before any call is
	 * made.
	 */
	public <T> DataversePage<T> nextPage(String entitySet, String continuation, int pageSize, Class<T> type) {
		String nextLink = continuations.decode(identifier(entitySet), continuation);
		// The link is followed unchanged (its $skiptoken holds Dataverse's paging
		// cookie).
		return page(entitySet, URI.create(nextLink), pageSize, type, "next-page");
	}

	/**
	 * Create-only upsert: {@code PATCH /{entitySet}({id})} with {@code If-None-Match: *}
	 * and {@code Prefer: return=representation}. Safe to repeat: if the record already
	 * exists Dataverse answers 412, surfaced as a {@link DataverseException} with status
	 * 412. Null when Dataverse answers without a body.
	 */
	public <T> @Nullable T createWithId(String entitySet, UUID id, Object body, Class<T> type) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.IF_NONE_MATCH, "*"); // create-only upsert: 412 if it
														// exists, so a repeat cannot
														// overwrite
		headers.set("Prefer", "return=representation");
		return read(call("create-with-id", HttpMethod.PATCH, entityPath(entitySet, id), body, headers, true), type);
	}

	/**
	 * {@code PATCH /{entitySet}({id})} with {@code Prefer: return=representation}.
	 * {@code ifMatch} is the ETag the caller read ({@code W/"123"}); null sends
	 * {@code If-Match: *} (update only, never upsert). A stale ETag → 412. Null when
	 * Dataverse answers without a body.
	 */
	public <T> @Nullable T update(String entitySet, UUID id, Object body, @Nullable String ifMatch, Class<T> type) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.IF_MATCH, ifMatch == null ? "*" : ifMatch); // '*': update
																			// only, never
																			// an upsert
		headers.set("Prefer", "return=representation");
		return read(call("update", HttpMethod.PATCH, entityPath(entitySet, id), body, headers, false), type);
	}

	/**
	 * Whether {@link #retrieveIfChanged} takes this value: one entity tag of letters,
	 * digits and {@code ._:+/=-}, so nothing else can travel in the header.
	 */
	public static boolean isEntityTag(String etag) {
		return ENTITY_TAG.matcher(etag).matches();
	}

	/**
	 * Dataverse's entity tag for a version as callers hold it (the value inside
	 * {@code W/"…"}; Dataverse's ETags are weak), when {@link #retrieveIfChanged} takes
	 * it; empty for anything that cannot be one of Dataverse's.
	 */
	public static Optional<String> weakEntityTag(String version) {
		String weak = "W/\"" + version + "\"";
		return isEntityTag(weak) ? Optional.of(weak) : Optional.empty();
	}

	/** {@code DELETE /{entitySet}({id})}, with {@code If-Match} when an ETag is given. */
	public void delete(String entitySet, UUID id, @Nullable String ifMatch) {
		HttpHeaders headers = new HttpHeaders();
		if (ifMatch != null) {
			headers.set(HttpHeaders.IF_MATCH, ifMatch);
		}
		call("delete", HttpMethod.DELETE, entityPath(entitySet, id), null, headers, true);
	}

	/**
	 * An unbound action: {@code POST /{action}} with a JSON body, returning the response
	 * body.
	 * @param safeToRepeat true for actions without side effects (such as validation),
	 * which may then be retried after a 5xx or timeout like a read
	 */
	public <T> @Nullable T invokeAction(String action, Object body, Class<T> type, boolean safeToRepeat) {
		return read(call("action:" + identifier(action), HttpMethod.POST, apiBaseUrl + "/" + identifier(action), body,
				new HttpHeaders(), safeToRepeat), type);
	}

	private <T> DataversePage<T> page(String entitySet, URI uri, int pageSize, Class<T> type, String operation) {
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("page size must be within 1.." + MAX_PAGE_SIZE);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set("Prefer", "odata.maxpagesize=" + pageSize); // on every page,
																// follow-ups included
		Response response = calls.execute(new Call(operation, HttpMethod.GET, uri, null, headers, true));
		ODataCollection<T> collection = collection(response, type);
		String continuation = collection.nextLink() == null ? null
				: continuations.encode(identifier(entitySet), collection.nextLink());
		return new DataversePage<>(collection.value() == null ? List.of() : collection.value(), continuation);
	}

	/**
	 * The rows and the next link, read in one pass straight into their types (no tree in
	 * between).
	 */
	private <T> ODataCollection<T> collection(Response response, Class<T> type) {
		if (response.body().length == 0) {
			return new ODataCollection<>(List.of(), null);
		}
		try {
			return json.readValue(response.body(),
					json.getTypeFactory().constructParametricType(ODataCollection.class, type));
		}
		catch (JacksonException e) {
			throw DataverseErrors.unreadableBody(response, e);
		}
	}

	/**
	 * A collection as Dataverse answers a query: the rows and, when there are more, the
	 * link to the next page.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ODataCollection<T>(@JsonProperty("value") @Nullable List<T> value,
			@JsonProperty("@odata.nextLink") @Nullable String nextLink) {
	}

	private Response call(String operation, HttpMethod method, String uri, @Nullable Object body, HttpHeaders headers,
			boolean safeToRepeat) {
		byte[] written = body == null ? null : json.writeValueAsBytes(body);
		return calls.execute(new Call(operation, method, URI.create(uri), written, headers, safeToRepeat));
	}

	/** The record a read answered with; a success without one is a bad answer. */
	private <T> T record(Response response, Class<T> type) {
		T record = read(response, type);
		if (record == null) {
			throw DataverseErrors.missingBody(response);
		}
		return record;
	}

	private <T> @Nullable T read(Response response, Class<T> type) {
		if (response.body().length == 0) {
			return null;
		}
		try {
			return json.readValue(response.body(), type);
		}
		catch (JacksonException e) {
			throw DataverseErrors.unreadableBody(response, e);
		}
	}

	private String entityPath(String entitySet, UUID id) {
		return apiBaseUrl + "/" + identifier(entitySet) + "(" + id + ")"; // a UUID cannot
																			// inject
	}

	private static String identifier(String name) {
		if (name == null || !IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("not a Dataverse entity set or action name: " + name);
		}
		return name;
	}

}
