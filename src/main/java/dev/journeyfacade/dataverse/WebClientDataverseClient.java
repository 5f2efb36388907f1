package dev.journeyfacade.dataverse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.journeyfacade.dataverse.RetryPolicy.Decision;
import dev.journeyfacade.dataverse.RetryPolicy.Outcome;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.extern.slf4j.Slf4j;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.Exceptions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link DataverseClient} on Spring WebClient (Reactor Netty). A hand-written client rather than a
 * declarative HTTP interface: OData paths, ETags, paging links and the retry and throttle rules do not fit
 * an annotated interface.
 *
 * <p>Each call runs through the same steps, in this order, each for a reason:
 * <ol>
 *   <li>time budget: one deadline per caller request ({@link DataverseDeadline}) bounds every wait below;</li>
 *   <li>throttle gate: after any 429, no call of this instance leaves before Retry-After has passed;</li>
 *   <li>access token: cached, single flight, taken before a concurrency slot so slots are not held while waiting;</li>
 *   <li>concurrency cap: at most {@code maxInFlight} calls on the wire, bounded wait for a slot;</li>
 *   <li>the exchange, with the correlation id as {@code x-ms-client-request-id} and a response timeout;</li>
 *   <li>401 → drop the token and repeat once; everything else → {@link RetryPolicy} decides;</li>
 *   <li>error bodies decoded into {@link DataverseException}.</li>
 * </ol>
 * The client keeps no cookies (WebClient stores none unless told to): Dataverse's {@code ARRAffinity}
 * cookie would pin all calls to one web server, and Microsoft's throughput guidance for service clients is
 * to spread them.
 */
@Slf4j
final class WebClientDataverseClient implements DataverseClient {

    static final String REQUEST_ID_MDC_KEY = "requestId";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,127}");
    private static final Pattern ENTITY_ID = Pattern.compile(
            "\\(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\)$");
    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json; charset=utf-8");
    private static final int MAX_PAGE_SIZE = 5000;
    private static final int MAX_ERROR_MESSAGE = 2000;
    private static final byte[] NO_BODY = new byte[0];

    private final WebClient webClient;
    private final DataverseProperties properties;
    private final DataverseTokenProvider tokens;
    private final ThrottleGate gate;
    private final ConcurrencyLimiter limiter;
    private final RetryPolicy retryPolicy;
    private final ContinuationCodec continuations;
    private final JsonMapper json;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DataverseMetrics metrics;

    WebClientDataverseClient(WebClient webClient, DataverseProperties properties, DataverseTokenProvider tokens,
                             ThrottleGate gate, ConcurrencyLimiter limiter, RetryPolicy retryPolicy, JsonMapper json,
                             Clock clock, Sleeper sleeper, DataverseMetrics metrics) {
        this.webClient = webClient;
        this.properties = properties;
        this.tokens = tokens;
        this.gate = gate;
        this.limiter = limiter;
        this.retryPolicy = retryPolicy;
        this.continuations = new ContinuationCodec(properties.apiBaseUrl(), properties.clientSecret());
        this.json = json;
        this.clock = clock;
        this.sleeper = sleeper;
        this.metrics = metrics;
        metrics.registerInFlight(limiter::inFlight);
    }

    @Override
    public <T> T retrieve(String entitySet, UUID id, ODataQuery query, Class<T> type) {
        Call call = new Call("retrieve", HttpMethod.GET, uri(entityPath(entitySet, id) + query.toQueryString()),
                null, new HttpHeaders(), true);
        return read(execute(call), type);
    }

    @Override
    public <T> DataversePage<T> list(String entitySet, ODataQuery query, int pageSize, Class<T> type) {
        return page(entitySet, uri(properties.apiBaseUrl() + "/" + identifier(entitySet) + query.toQueryString()),
                pageSize, type, "list");
    }

    @Override
    public <T> DataversePage<T> nextPage(String entitySet, String continuation, int pageSize, Class<T> type) {
        String nextLink = continuations.decode(identifier(entitySet), continuation);
        // The link is followed unchanged (its $skiptoken holds Dataverse's paging cookie).
        return page(entitySet, URI.create(nextLink), pageSize, type, "next-page");
    }

    @Override
    public UUID create(String entitySet, Object body) {
        Call call = new Call("create", HttpMethod.POST, uri(properties.apiBaseUrl() + "/" + identifier(entitySet)),
                write(body), new HttpHeaders(), false);
        Response response = execute(call);
        String entityId = response.headers().getFirst("OData-EntityId");
        Matcher matcher = entityId == null ? null : ENTITY_ID.matcher(entityId);
        if (matcher == null || !matcher.find()) {
            throw new DataverseException(DataverseException.Kind.ERROR_RESPONSE, response.status(), "",
                    "Dataverse created the record but sent no usable OData-EntityId", null, serviceRequestId(response), null);
        }
        return UUID.fromString(matcher.group(1));
    }

    @Override
    public <T> T createWithId(String entitySet, UUID id, Object body, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.IF_NONE_MATCH, "*"); // create-only upsert: 412 if it exists, so a repeat cannot overwrite
        headers.set("Prefer", "return=representation");
        Call call = new Call("create-with-id", HttpMethod.PATCH, uri(entityPath(entitySet, id)), write(body), headers, true);
        return read(execute(call), type);
    }

    @Override
    public <T> T update(String entitySet, UUID id, Object body, String ifMatch, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.IF_MATCH, ifMatch == null ? "*" : ifMatch); // '*': update only, never an upsert
        headers.set("Prefer", "return=representation");
        Call call = new Call("update", HttpMethod.PATCH, uri(entityPath(entitySet, id)), write(body), headers, false);
        return read(execute(call), type);
    }

    @Override
    public void delete(String entitySet, UUID id, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        if (ifMatch != null) {
            headers.set(HttpHeaders.IF_MATCH, ifMatch);
        }
        execute(new Call("delete", HttpMethod.DELETE, uri(entityPath(entitySet, id)), null, headers, true));
    }

    @Override
    public <T> T invokeAction(String action, Object body, Class<T> type, boolean safeToRepeat) {
        Call call = new Call("action:" + identifier(action), HttpMethod.POST,
                uri(properties.apiBaseUrl() + "/" + identifier(action)), write(body), new HttpHeaders(), safeToRepeat);
        return read(execute(call), type);
    }

    private <T> DataversePage<T> page(String entitySet, URI uri, int pageSize, Class<T> type, String operation) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be within 1.." + MAX_PAGE_SIZE);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set("Prefer", "odata.maxpagesize=" + pageSize); // on every page, follow-ups included
        Response response = execute(new Call(operation, HttpMethod.GET, uri, null, headers, true));
        ODataCollection<T> collection = collection(response, type);
        String continuation = collection.nextLink() == null ? null
                : continuations.encode(identifier(entitySet), collection.nextLink());
        return new DataversePage<>(collection.value() == null ? List.of() : collection.value(), continuation);
    }

    /** The rows and the next link, read in one pass straight into their types (no tree in between). */
    private <T> ODataCollection<T> collection(Response response, Class<T> type) {
        if (response.body().length == 0) {
            return new ODataCollection<>(List.of(), null);
        }
        try {
            return json.readValue(response.body(),
                    json.getTypeFactory().constructParametricType(ODataCollection.class, type));
        } catch (JacksonException e) {
            throw new DataverseException(DataverseException.Kind.ERROR_RESPONSE, response.status(), "",
                    "Dataverse sent a body this service cannot read", null, serviceRequestId(response), e);
        }
    }

    // ---- the call pipeline ------------------------------------------------------------------------------

    private Response execute(Call call) {
        Instant started = clock.instant();
        Instant deadline = DataverseDeadline.currentStart().orElse(started).plus(properties.retry().budget());
        String requestId = requestId();
        String outcome = "success";
        try {
            return attemptUntilDone(call, deadline, requestId);
        } catch (DataverseException e) {
            outcome = outcomeTag(e);
            throw e;
        } finally {
            metrics.call(call.operation(), outcome, Duration.between(started, clock.instant()));
        }
    }

    private Response attemptUntilDone(Call call, Instant deadline, String requestId) {
        int attempt = 0;
        boolean tokenRenewed = false;
        while (true) {
            awaitThrottleGate(deadline);
            attempt++;
            String token = tokens.token();
            Duration slotWait = min(properties.concurrency().maxWait(), untilDeadline(deadline));
            if (!limiter.tryAcquire(slotWait)) {
                metrics.concurrencyRejected();
                throw new DataverseException(DataverseException.Kind.OVERLOADED, 0, "",
                        "Too many Dataverse calls in flight; try again shortly", Duration.ofSeconds(1), null, null);
            }
            Attempt result;
            try {
                result = exchange(call, token, requestId, attempt);
            } finally {
                limiter.release();
            }
            if (result.response() != null && result.response().isSuccess()) {
                return result.response();
            }
            if (result.response() != null && result.response().status() == 401 && !tokenRenewed) {
                tokens.invalidate(token);
                tokenRenewed = true;
                metrics.retry("unauthorized");
                log.debug("Dataverse answered 401 to {} {}: retrying once with a new token", call.method(), call.operation());
                continue;
            }
            Instant now = clock.instant();
            Decision decision = retryPolicy.decide(result.outcome(), call.safeToRepeat(), attempt, now, deadline);
            if (decision instanceof Decision.Throttled throttled) {
                metrics.throttled();
                metrics.retry("throttled");
                gate.closeFor(now, throttled.retryAfter());
                log.debug("Dataverse throttled {} (attempt {}): every call waits {} ms", call.operation(), attempt,
                        throttled.retryAfter().toMillis());
            } else if (decision instanceof Decision.ThrottledPastBudget throttled) {
                metrics.throttled();
                gate.closeFor(now, throttled.retryAfter());
                throw throttledPastBudget(throttled.retryAfter());
            } else if (decision instanceof Decision.Retry retry) {
                metrics.retry(retry.reason());
                log.debug("Retrying {} after {} ms: {} (attempt {})", call.operation(), retry.delay().toMillis(),
                        retry.reason(), attempt);
                sleep(retry.delay());
            } else {
                throw failure(result);
            }
        }
    }

    private void awaitThrottleGate(Instant deadline) {
        while (true) {
            Instant now = clock.instant();
            Duration wait = gate.remaining(now);
            if (wait.isZero()) {
                return;
            }
            if (now.plus(wait).isAfter(deadline)) {
                throw throttledPastBudget(wait);
            }
            // Jitter spreads the callers that waited so they do not all leave at the same instant.
            Duration jittered = min(retryPolicy.withJitter(wait), untilDeadline(deadline));
            sleep(jittered);
            metrics.throttleWait(jittered);
        }
    }

    private Attempt exchange(Call call, String token, String requestId, int attempt) {
        Instant start = clock.instant();
        WebClient.RequestBodySpec request = webClient.method(call.method()).uri(call.uri())
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set("x-ms-client-request-id", requestId);
                    headers.addAll(call.headers());
                });
        if (call.body() != null) {
            request.contentType(JSON_UTF8).bodyValue(call.body());
        }
        try {
            Response response = request.exchangeToMono(r -> r.bodyToMono(byte[].class).defaultIfEmpty(NO_BODY)
                            .map(body -> new Response(r.statusCode().value(), r.headers().asHttpHeaders(), body)))
                    .timeout(properties.responseTimeout())
                    .block();
            log.debug("Dataverse {} {} → {} in {} ms (attempt {}, x-ms-service-request-id {})", call.method(),
                    call.uri().getPath(), response.status(), Duration.between(start, clock.instant()).toMillis(),
                    attempt, serviceRequestId(response));
            return new Attempt(response, new Outcome.Response(response.status(),
                    response.headers().getFirst(HttpHeaders.RETRY_AFTER)));
        } catch (RuntimeException e) {
            Throwable cause = Exceptions.unwrap(e);
            Outcome outcome;
            if (cause instanceof TimeoutException || cause instanceof io.netty.handler.timeout.ReadTimeoutException) {
                outcome = new Outcome.Timeout();
            } else if (cause instanceof WebClientRequestException requestFailure) {
                outcome = requestFailure.getCause() instanceof ConnectException
                        ? new Outcome.ConnectFailure()
                        : requestFailure.getCause() instanceof io.netty.handler.timeout.ReadTimeoutException
                        ? new Outcome.Timeout() : new Outcome.BrokenConnection();
            } else {
                throw e;
            }
            log.debug("Dataverse {} {} failed after {} ms (attempt {}): {}", call.method(), call.uri().getPath(),
                    Duration.between(start, clock.instant()).toMillis(), attempt, outcome);
            return new Attempt(null, outcome);
        }
    }

    // ---- decoding ---------------------------------------------------------------------------------------

    private DataverseException failure(Attempt result) {
        if (result.response() == null) {
            boolean timeout = result.outcome() instanceof Outcome.Timeout;
            return new DataverseException(timeout ? DataverseException.Kind.TIMEOUT : DataverseException.Kind.UNREACHABLE,
                    0, "", timeout ? "Dataverse did not answer in time" : "Dataverse could not be reached", null, null, null);
        }
        Response response = result.response();
        String code = "";
        String message = "Dataverse answered " + response.status();
        try {
            JsonNode error = json.readTree(response.body()).path("error");
            if (error.isObject()) {
                code = error.path("code").asString("");
                String text = error.path("message").asString("");
                if (!text.isBlank()) {
                    message = text.length() > MAX_ERROR_MESSAGE ? text.substring(0, MAX_ERROR_MESSAGE) + "…" : text;
                }
            }
        } catch (JacksonException notJson) {
            // Not a Dataverse error body (a proxy's HTML page, say): keep the generic message, never echo it.
        }
        if (response.status() >= 500) {
            log.warn("Dataverse answered {} ({}) — x-ms-service-request-id {}", response.status(), code,
                    serviceRequestId(response));
        }
        return DataverseException.errorResponse(response.status(), code, message, serviceRequestId(response));
    }

    private DataverseException throttledPastBudget(Duration retryAfter) {
        Duration whole = Duration.ofSeconds(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
        return new DataverseException(DataverseException.Kind.THROTTLED, 429, "",
                "Dataverse is throttling this service; try again in " + whole.toSeconds() + " s", whole, null, null);
    }

    private <T> T read(Response response, Class<T> type) {
        if (response.body().length == 0) {
            return null;
        }
        try {
            return json.readValue(response.body(), type);
        } catch (JacksonException e) {
            throw new DataverseException(DataverseException.Kind.ERROR_RESPONSE, response.status(), "",
                    "Dataverse sent a body this service cannot read", null, serviceRequestId(response), e);
        }
    }

    private byte[] write(Object body) {
        return json.writeValueAsBytes(body);
    }

    // ---- small helpers ----------------------------------------------------------------------------------

    private String entityPath(String entitySet, UUID id) {
        return properties.apiBaseUrl() + "/" + identifier(entitySet) + "(" + id + ")"; // a UUID cannot inject
    }

    private static URI uri(String uri) {
        return URI.create(uri);
    }

    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a Dataverse entity set or action name: " + name);
        }
        return name;
    }

    private static String requestId() {
        String id = MDC.get(REQUEST_ID_MDC_KEY);
        return id != null ? id : UUID.randomUUID().toString();
    }

    private static String serviceRequestId(Response response) {
        return response.headers().getFirst("x-ms-service-request-id");
    }

    private static String outcomeTag(DataverseException e) {
        return switch (e.kind()) {
            case ERROR_RESPONSE -> e.status() >= 500 ? "server-error" : "client-error";
            case THROTTLED -> "throttled";
            case OVERLOADED -> "overloaded";
            case UNREACHABLE -> "unreachable";
            case TIMEOUT -> "timeout";
            case AUTHENTICATION -> "authentication";
        };
    }

    private Duration untilDeadline(Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataverseException(DataverseException.Kind.UNREACHABLE, 0, "", "Interrupted while waiting to retry",
                    null, null, e);
        }
    }

    /** A collection as Dataverse answers a query: the rows and, when there are more, the link to the next page. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ODataCollection<T>(@JsonProperty("value") List<T> value, @JsonProperty("@odata.nextLink") String nextLink) {
    }

    /** One request as the pipeline sees it. */
    private record Call(String operation, HttpMethod method, URI uri, byte[] body, HttpHeaders headers,
                        boolean safeToRepeat) {
    }

    /** A received response, body read. */
    private record Response(int status, HttpHeaders headers, byte[] body) {
        boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    /** The result of one attempt: a response, or only the outcome when none arrived. */
    private record Attempt(Response response, Outcome outcome) {
    }
}
