package dev.journeyfacade.dataverse;

import java.util.UUID;

/**
 * The one client of the Dataverse Web API. Blocking API for the servlet stack; every call goes through
 * the same policies (correlation id, throttle gate, time budget, concurrency cap, token, retry, error
 * decoding). Thread-safe; one instance per application.
 *
 * <p>Errors: every failure is a {@link DataverseException}. Entity shapes are the caller's: pass the record
 * type to read into (Jackson 3 annotations, {@code @JsonProperty("@odata.etag")} for the ETag) and any
 * object or map to write.
 */
public interface DataverseClient {

    /** {@code GET /{entitySet}({id})?$select=…}. 404 → {@link DataverseException} with status 404. */
    <T> T retrieve(String entitySet, UUID id, ODataQuery query, Class<T> type);

    /** First page of {@code GET /{entitySet}?…} with {@code Prefer: odata.maxpagesize=pageSize}. */
    <T> DataversePage<T> list(String entitySet, ODataQuery query, int pageSize, Class<T> type);

    /**
     * A following page: the continuation of a previous page of the same entity set. A token that does not
     * decode to a next link of the configured Dataverse URL and that entity set is refused with
     * {@link InvalidContinuationException} before any call is made.
     */
    <T> DataversePage<T> nextPage(String entitySet, String continuation, int pageSize, Class<T> type);

    /** {@code POST /{entitySet}}: creates with a server-chosen id and returns it. Not retried after a 5xx (unsafe). */
    UUID create(String entitySet, Object body);

    /**
     * Create-only upsert: {@code PATCH /{entitySet}({id})} with {@code If-None-Match: *} and
     * {@code Prefer: return=representation}. Safe to repeat: if the record already exists Dataverse
     * answers 412, surfaced as a {@link DataverseException} with status 412.
     */
    <T> T createWithId(String entitySet, UUID id, Object body, Class<T> type);

    /**
     * {@code PATCH /{entitySet}({id})} with {@code Prefer: return=representation}. {@code ifMatch} is the ETag
     * the caller read ({@code W/"123"}); null sends {@code If-Match: *} (update only, never upsert). A stale
     * ETag → 412.
     */
    <T> T update(String entitySet, UUID id, Object body, String ifMatch, Class<T> type);

    /** {@code DELETE /{entitySet}({id})}, with {@code If-Match} when an ETag is given. */
    void delete(String entitySet, UUID id, String ifMatch);

    /**
     * An unbound action: {@code POST /{action}} with a JSON body, returning the response body.
     *
     * @param safeToRepeat true for actions without side effects (such as validation), which may then be
     *                     retried after a 5xx or timeout like a read
     */
    <T> T invokeAction(String action, Object body, Class<T> type, boolean safeToRepeat);
}
