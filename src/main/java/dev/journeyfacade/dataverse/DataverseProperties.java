package dev.journeyfacade.dataverse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Dataverse client, bound once from {@code dataverse.*} (environment
 * variables {@code DATAVERSE_URL}, {@code DATAVERSE_CLIENT_ID}, … by relaxed binding) and
 * validated at start-up.
 *
 * @param url environment URL, e.g. {@code https://myorg.crm.dynamics.com}
 * @param tenantId Entra ID tenant of the application user
 * @param clientId application (client) id of the application user
 * @param clientSecret its client secret; or, instead of it,
 * @param federatedTokenFile a file holding a token of the workload's identity (Entra
 * Workload ID on AKS: {@code AZURE_FEDERATED_TOKEN_FILE}), sent as the client assertion
 * of the client-credentials request, read anew for every token request as the kubelet
 * rotates it
 * @param authorityHost Entra ID's host for the cloud ({@code AZURE_AUTHORITY_HOST} on
 * AKS), the base of the default token endpoint
 * @param tokenUri token endpoint override; default is Entra ID's v2 endpoint for the
 * tenant
 * @param scope token scope override; default {@code {url}/.default}
 * @param apiVersion Web API version in the path ({@code v9.2}; Microsoft's samples use
 * {@code v9.0})
 * @param connectTimeout TCP connect timeout per attempt
 * @param responseTimeout time to the response per attempt
 * @param tokenRefreshAhead a token is replaced this long before it expires
 * @param retry retry and time-budget rules
 * @param concurrency cap on concurrent Dataverse calls of this instance
 */
@Validated
@ConfigurationProperties("dataverse")
public record DataverseProperties(
		@NotNull(message = "must be set: DATAVERSE_URL (e.g. https://myorg.crm.dynamics.com)") URI url,
		@NotBlank(message = "must be set: DATAVERSE_TENANT_ID (or AZURE_TENANT_ID, as AKS sets it for workload "
				+ "identity)") String tenantId,
		@NotBlank(message = "must be set: DATAVERSE_CLIENT_ID (or AZURE_CLIENT_ID, as AKS sets it for workload "
				+ "identity)") String clientId,
		@Nullable String clientSecret, @Nullable Path federatedTokenFile,
		@DefaultValue(PUBLIC_CLOUD) @NotNull URI authorityHost, @Nullable URI tokenUri, @Nullable String scope,
		@DefaultValue("v9.2") @Pattern(regexp = "v\\d+\\.\\d+",
				message = "must look like v9.2 (DATAVERSE_API_VERSION)") String apiVersion,
		@DefaultValue("5s") @NotNull Duration connectTimeout, @DefaultValue("30s") @NotNull Duration responseTimeout,
		@DefaultValue("5m") @NotNull Duration tokenRefreshAhead, @DefaultValue @Valid Retry retry,
		@DefaultValue @Valid Concurrency concurrency) {

	/**
	 * @param maxAttempts attempts per Dataverse call, the first included
	 * @param budget total time one caller request may spend on a call, waits included
	 * @param initialBackoff first back-off for 5xx and connection failures (doubles per
	 * attempt)
	 * @param maxBackoff cap of that back-off
	 * @param jitter share of a delay added at random (0.1 = up to +10 %)
	 * @param maxThrottlePause longest pause one 429 may impose on the whole instance
	 */
	public record Retry(@DefaultValue("4") @Min(1) @Max(10) int maxAttempts,
			@DefaultValue("20s") @NotNull Duration budget, @DefaultValue("200ms") @NotNull Duration initialBackoff,
			@DefaultValue("5s") @NotNull Duration maxBackoff,
			@DefaultValue("0.1") @DecimalMin("0") @DecimalMax("1") double jitter,
			@DefaultValue("5m") @NotNull Duration maxThrottlePause) {
	}

	/**
	 * @param maxInFlight the most concurrent Dataverse calls of this instance (Dataverse
	 * refuses 52 or more per user); fewer when Dataverse's {@code x-ms-dop-hint} is lower
	 * or after a concurrency 429
	 * @param maxWait how long a call may wait for a free slot before the caller gets 503
	 * @param followRemainingBudget never more calls in flight than the remaining budget
	 * Dataverse's last answer reported ({@code x-ms-ratelimit-*-remaining-xrm-requests};
	 * one at a time at zero)
	 */
	public record Concurrency(@DefaultValue("32") @Min(1) @Max(51) int maxInFlight,
			@DefaultValue("2s") @NotNull Duration maxWait, @DefaultValue("true") boolean followRemainingBudget) {
	}

	/** Entra ID's host in Azure's public cloud. */
	static final String PUBLIC_CLOUD = "https://login.microsoftonline.com/";

	/**
	 * Exactly one way to authenticate: checked at start-up, the message naming the
	 * variables.
	 */
	@AssertTrue(message = "set DATAVERSE_CLIENT_SECRET (a client secret), or AZURE_FEDERATED_TOKEN_FILE "
			+ "(dataverse.federated-token-file: Entra Workload ID, a federated credential of the application), "
			+ "not both")
	public boolean isOneCredential() {
		boolean secret = clientSecret != null && !clientSecret.isBlank();
		return secret != usesWorkloadIdentity();
	}

	/**
	 * True when the client authenticates with the workload's federated token instead of a
	 * secret.
	 */
	public boolean usesWorkloadIdentity() {
		return federatedTokenFile != null && !federatedTokenFile.toString().isBlank();
	}

	/** Token endpoint: the override, or Entra ID's v2 endpoint of the tenant. */
	public URI effectiveTokenUri() {
		return tokenUri != null ? tokenUri
				: URI.create(trimSlash(authorityHost.toString()) + "/" + tenantId + "/oauth2/v2.0/token");
	}

	/** Scope asked for: the override, or {@code {url}/.default}. */
	public String effectiveScope() {
		return scope != null && !scope.isBlank() ? scope : trimSlash(url.toString()) + "/.default";
	}

	/**
	 * Base of every Web API call, e.g.
	 * {@code https://myorg.crm.dynamics.com/api/data/v9.2}, no trailing slash.
	 */
	public String apiBaseUrl() {
		return trimSlash(url.toString()) + "/api/data/" + apiVersion;
	}

	private static String trimSlash(String s) {
		return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
	}

	@Override
	public String toString() { // never print the secret
		return "DataverseProperties[url=" + url + ", tenantId=" + tenantId + ", clientId=" + clientId
				+ ", clientSecret=" + (clientSecret == null ? "none" : "****") + ", federatedTokenFile="
				+ federatedTokenFile + ", tokenUri=" + effectiveTokenUri() + ", apiVersion=" + apiVersion + "]";
	}
}
