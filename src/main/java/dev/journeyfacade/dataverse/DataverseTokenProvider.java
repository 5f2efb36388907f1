package dev.journeyfacade.dataverse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Client-credentials access token for Dataverse: fetched with Spring Security's token
 * client, cached, and fetched by one request at a time however many callers need it
 * (single flight).
 *
 * <p>
 * Why not {@code AuthorizedClientServiceOAuth2AuthorizedClientManager}: it keys its cache
 * by the caller's principal (one Dataverse token per end user once callers authenticate)
 * and has no single flight, so N concurrent callers at expiry make N token requests
 * (spring-security #11461, #15295). Here the application is the only principal and
 * concurrent callers share one in-flight request.
 *
 * <p>
 * A token is used until {@code refreshAhead} before it expires; inside that window the
 * first caller starts a refresh in the background and everyone keeps using the
 * still-valid token. Only when there is no valid token do callers wait, bounded by
 * {@code fetchTimeout}.
 */
@Slf4j
final class DataverseTokenProvider {

	// Spring Security's code for an answer that is no token response at all (a 5xx page,
	// say): an outage,
	// not a refusal of the credentials.
	private static final String UNREADABLE_ANSWER = "invalid_token_response";

	private final ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenClient;

	private final ClientRegistration registration;

	private final Clock clock;

	private final Duration refreshAhead;

	private final Duration fetchTimeout;

	private final DataverseMetrics metrics;

	private OAuth2AccessToken current; // guarded by this

	private CompletableFuture<OAuth2AccessToken> inFlight; // guarded by this

	private String lastFailure; // guarded by this; why the last fetch failed, null after
								// a success

	DataverseTokenProvider(ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenClient,
			ClientRegistration registration, Clock clock, Duration refreshAhead, Duration fetchTimeout,
			DataverseMetrics metrics) {
		this.tokenClient = tokenClient;
		this.registration = registration;
		this.clock = clock;
		this.refreshAhead = refreshAhead;
		this.fetchTimeout = fetchTimeout;
		this.metrics = metrics;
	}

	/**
	 * A valid access token value, fetching one if needed. Throws
	 * {@link DataverseException} of kind AUTHENTICATION.
	 */
	String token() {
		CompletableFuture<OAuth2AccessToken> pending;
		synchronized (this) {
			Instant now = clock.instant();
			if (current != null && now.isBefore(expiry(current))) {
				if (!now.isBefore(refreshAt(current))) {
					startFetch(); // early refresh in the background; this caller keeps
									// the valid token
				}
				return current.getTokenValue();
			}
			pending = startFetch();
		}
		return await(pending).getTokenValue();
	}

	/**
	 * Drops the token if it is still the cached one (Dataverse answered 401 to it), so
	 * the next call fetches anew.
	 */
	synchronized void invalidate(String tokenValue) {
		if (current != null && current.getTokenValue().equals(tokenValue)) {
			log.debug("Dataverse refused the cached access token; it is dropped");
			current = null;
		}
	}

	/**
	 * True when a token is cached and not expired (used by the readiness check; makes no
	 * call).
	 */
	synchronized boolean hasValidToken() {
		return current != null && clock.instant().isBefore(expiry(current));
	}

	/**
	 * Starts a fetch in the background unless a valid token is cached or a fetch is under
	 * way; never waits.
	 */
	synchronized void fetchInBackgroundIfNeeded() {
		if (!hasValidToken()) {
			startFetch();
		}
	}

	/**
	 * Why the last token request failed, if it did (empty once one succeeds). Names no
	 * secret.
	 */
	synchronized java.util.Optional<String> lastFailure() {
		return java.util.Optional.ofNullable(lastFailure);
	}

	// Must hold the lock. Returns the one in-flight fetch, starting it if there is none.
	private CompletableFuture<OAuth2AccessToken> startFetch() {
		if (inFlight != null) {
			return inFlight;
		}
		CompletableFuture<OAuth2AccessToken> fetch = tokenClient
			.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration))
			.map(OAuth2AccessTokenResponse::getAccessToken)
			.timeout(fetchTimeout)
			.toFuture();
		inFlight = fetch;
		fetch.whenComplete((token, error) -> completed(fetch, token, error));
		return fetch;
	}

	private synchronized void completed(CompletableFuture<OAuth2AccessToken> fetch, OAuth2AccessToken token,
			Throwable error) {
		if (inFlight == fetch) {
			inFlight = null;
		}
		if (token != null) {
			current = token;
			lastFailure = null;
			metrics.tokenFetched(true);
			log.debug("Fetched a Dataverse access token valid until {}", token.getExpiresAt());
		}
		else {
			metrics.tokenFetched(false);
			lastFailure = describe(error);
			log.warn("Token request to {} failed: {}", registration.getProviderDetails().getTokenUri(),
					describe(error));
		}
	}

	private OAuth2AccessToken await(CompletableFuture<OAuth2AccessToken> pending) {
		try {
			// The fetch carries its own timeout; this bound only guards against a lost
			// completion.
			return pending.get(fetchTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException e) {
			throw failure(e.getCause());
		}
		catch (TimeoutException e) {
			throw failure(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw failure(e);
		}
	}

	private Instant expiry(OAuth2AccessToken token) {
		return token.getExpiresAt() != null ? token.getExpiresAt() : Instant.MAX;
	}

	private Instant refreshAt(OAuth2AccessToken token) {
		if (token.getExpiresAt() == null || token.getIssuedAt() == null) {
			return expiry(token);
		}
		// Never refresh earlier than half the lifetime, whatever refreshAhead says.
		Duration lifetime = Duration.between(token.getIssuedAt(), token.getExpiresAt());
		Duration ahead = refreshAhead.compareTo(lifetime.dividedBy(2)) < 0 ? refreshAhead : lifetime.dividedBy(2);
		return token.getExpiresAt().minus(ahead);
	}

	// The message names what failed, never the secret or a token.
	private static DataverseException failure(Throwable error) {
		Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
				? error.getCause() : error;
		int status = 0;
		if (cause instanceof OAuth2AuthorizationException oauth
				&& !UNREADABLE_ANSWER.equals(oauth.getError().getErrorCode())) {
			// Entra ID refused the credentials (invalid_client, unauthorized_client …): a
			// configuration fault.
			status = 401;
			return new DataverseException(DataverseException.Kind.AUTHENTICATION, status,
					oauth.getError().getErrorCode(), "The token endpoint refused the Dataverse client credentials ("
							+ oauth.getError().getErrorCode() + ")",
					null, null, null);
		}
		if (cause instanceof WebClientResponseException response) {
			status = response.getStatusCode().value();
		}
		return new DataverseException(DataverseException.Kind.AUTHENTICATION, status, "",
				"No access token for Dataverse could be obtained: " + describe(cause), null, null, null);
	}

	private static String describe(Throwable error) {
		Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
				? error.getCause() : error;
		if (cause instanceof OAuth2AuthorizationException oauth) {
			return "refused (" + oauth.getError().getErrorCode() + ")";
		}
		if (cause instanceof TimeoutException) {
			return "timed out";
		}
		if (cause instanceof WebClientResponseException response) {
			return "status " + response.getStatusCode().value();
		}
		if (cause instanceof java.io.UncheckedIOException unreadable) {
			return unreadable.getMessage(); // names the federated token file, not its
											// content
		}
		return cause == null ? "unknown error" : cause.getClass().getSimpleName();
	}

}
