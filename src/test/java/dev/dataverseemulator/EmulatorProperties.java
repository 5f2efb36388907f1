package dev.dataverseemulator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Dataverse emulator ({@code emulator.*}), bound once at start.
 * Throttling, the outbound switch and the application user's act-on-behalf privilege can
 * be changed later at {@code /_emulator/…}; these are the values they start with and
 * return to on reset.
 *
 * @param tenantId the tenant in the token endpoint's path
 * @param clientId the one application user's client id
 * @param clientSecret its secret
 * @param federatedCredentials the federated identity credentials of that application: a
 * {@code client_assertion} matching one of them is accepted instead of the secret
 * (workload identity)
 * @param tokenLifetime {@code expires_in} of issued tokens (Entra ID: 60–90 minutes)
 * @param lifecycleDelay how long Going live, Stopping and Publishing take
 * @param seed whether to load the sample records at start
 * @param throttling service protection limits, random 429s, latency, the answers' hints
 * @param outboundMarketing whether the outbound-marketing tables exist
 * @param impersonation the application user's impersonation privilege
 */
@Validated
@ConfigurationProperties("emulator")
public record EmulatorProperties(@DefaultValue("8f6a3c1e-5b2d-4e7f-9a10-3c4d5e6f7a8b") @NotBlank String tenantId,
		@DefaultValue("0c7d2b9e-1f3a-4c5d-8e6f-7a8b9c0d1e2f") @NotBlank String clientId,
		@DefaultValue("emulator-secret") @NotBlank String clientSecret,
		List<@Valid FederatedCredential> federatedCredentials,
		@DefaultValue("3600s") @NotNull @DurationMin(seconds = 1) Duration tokenLifetime,
		@DefaultValue("2s") @NotNull @DurationMin(millis = 0) Duration lifecycleDelay,
		@DefaultValue("true") boolean seed, @DefaultValue @NotNull @Valid Throttling throttling,
		@DefaultValue @NotNull @Valid OutboundMarketing outboundMarketing,
		@DefaultValue @NotNull @Valid Impersonation impersonation) {

	/**
	 * The federated credential a fresh emulator trusts: an AKS-like issuer and the
	 * chart's service account.
	 */
	public static final FederatedCredential DEFAULT_FEDERATED_CREDENTIAL = new FederatedCredential(
			"https://oidc.emulator.invalid/journey-facade/", "system:serviceaccount:default:journey-facade",
			List.of(FederatedCredential.DEFAULT_AUDIENCE), null);

	public EmulatorProperties {
		federatedCredentials = federatedCredentials == null || federatedCredentials.isEmpty()
				? List.of(DEFAULT_FEDERATED_CREDENTIAL) : List.copyOf(federatedCredentials);
	}

	/**
	 * A federated identity credential as Entra ID stores it on an application
	 * (learn.microsoft.com/entra/workload-id/workload-identity-federation): an assertion
	 * is accepted when its {@code iss} and {@code sub} equal these exactly
	 * (case-sensitive) and its {@code aud} holds one of the audiences.
	 *
	 * @param issuer the external identity provider's issuer URL, e.g. an AKS cluster's
	 * OIDC issuer
	 * @param subject e.g. {@code system:serviceaccount:<namespace>:<service account>}
	 * @param audiences Entra ID's recommended value is {@code api://AzureADTokenExchange}
	 * @param jwks the issuer's public keys as a JWK Set (JSON); when given the
	 * assertion's signature must verify with one of them. Entra ID fetches them from the
	 * issuer's OpenID configuration; the emulator cannot, so without them it checks no
	 * signature
	 */
	public record FederatedCredential(@NotBlank String issuer, @NotBlank String subject,
			@DefaultValue(DEFAULT_AUDIENCE) @NotEmpty List<@NotBlank String> audiences, String jwks) {

		public static final String DEFAULT_AUDIENCE = "api://AzureADTokenExchange";

	}

	/**
	 * @param rateLimit the three per-user, per-web-server limits
	 * @param random share of calls refused at random
	 * @param latency added to every admitted Dataverse call (and counted as its execution
	 * time)
	 * @param seed seed of the random draws
	 * @param dopHint {@code x-ms-dop-hint} on every answer. Real environments report
	 * different values; a small default makes a client that follows it show that it does
	 * @param webServers web servers, each enforcing the limits on its own
	 * @param ignoreReturnRepresentation answer POST and PATCH with 204 even when the
	 * record is asked for
	 */
	public record Throttling(@DefaultValue @NotNull @Valid RateLimit rateLimit,
			@DefaultValue @NotNull @Valid RandomFaults random,
			@DefaultValue("0ms") @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 60) Duration latency,
			@DefaultValue("42") long seed, @DefaultValue("8") @Min(1) @Max(10_000) int dopHint,
			@DefaultValue("1") @Min(1) @Max(16) int webServers,
			@DefaultValue("false") boolean ignoreReturnRepresentation) {
	}

	/**
	 * @param enabled off by default
	 * @param maxRequests per user per window (Dataverse: 6,000)
	 * @param window the sliding window (Dataverse: 5 minutes)
	 * @param maxConcurrent concurrent requests per user (Dataverse refuses the 53rd)
	 * @param maxExecutionTime combined duration of a user's calls per window (Dataverse:
	 * 20 minutes)
	 */
	public record RateLimit(@DefaultValue("false") boolean enabled, @DefaultValue("6000") @Min(1) int maxRequests,
			@DefaultValue("300s") @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) Duration window,
			@DefaultValue("52") @Min(1) int maxConcurrent,
			@DefaultValue("1200s") @NotNull @DurationMin(millis = 1) Duration maxExecutionTime) {
	}

	/**
	 * @param share 0..1 of the calls answered 429
	 * @param retryAfter the {@code Retry-After} they carry (whole seconds)
	 * @param shares how they split among the three limits' codes (relative weights)
	 */
	public record RandomFaults(@DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double share,
			@DefaultValue("5s") @NotNull @DurationMin(seconds = 0) @DurationMax(hours = 1) Duration retryAfter,
			@DefaultValue @NotNull @Valid Shares shares) {
	}

	/**
	 * Relative weights of the codes random 429s carry; by default all name the number of
	 * requests.
	 */
	public record Shares(@DefaultValue("1") @DecimalMin("0") double requestCount,
			@DefaultValue("0") @DecimalMin("0") double executionTime,
			@DefaultValue("0") @DecimalMin("0") double concurrency) {
	}

	/**
	 * @param enabled false: the environment has lost outbound marketing, its entity sets
	 * and action answer 404
	 */
	public record OutboundMarketing(@DefaultValue("true") boolean enabled) {
	}

	/**
	 * @param applicationUserMayActOnBehalf whether the application user holds
	 * {@code prvActOnBehalfOfAnotherUser} (without it every {@code CallerObjectId} call
	 * answers 403)
	 */
	public record Impersonation(@DefaultValue("true") boolean applicationUserMayActOnBehalf) {
	}

	@Override
	public String toString() { // never print the secret
		return "EmulatorProperties[tenantId=" + tenantId + ", clientId=" + clientId
				+ ", clientSecret=****, federatedCredentials=" + federatedCredentials + ", tokenLifetime="
				+ tokenLifetime + ", lifecycleDelay=" + lifecycleDelay + ", seed=" + seed + ", throttling=" + throttling
				+ ", outboundMarketing=" + outboundMarketing + ", impersonation=" + impersonation + "]";
	}
}
