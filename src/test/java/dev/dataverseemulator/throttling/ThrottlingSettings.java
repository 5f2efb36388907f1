package dev.dataverseemulator.throttling;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the emulator answers as a Dataverse under load, as
 * {@code GET/PUT/PATCH /_emulator/throttling} shows and takes it. The modes combine:
 * random 429s are drawn first, then the per-user limits of the web server the call lands
 * on apply, then admitted calls get the latency.
 *
 * @param rateLimit Dataverse's three service protection limits, per user and web server
 * @param random a share of calls refused at random
 * @param latencyMs added to every admitted Dataverse call (counts as execution time)
 * @param seed seed of the random draws, so a run can be repeated
 * @param dopHint the {@code x-ms-dop-hint} every answer carries
 * @param webServers how many web servers the environment has; each enforces the limits on
 * its own
 * @param ignoreReturnRepresentation answer POST and PATCH with 204 and no body even when
 * {@code Prefer: return=representation} asks for the record (RFC 7240 allows it)
 */
public record ThrottlingSettings(@NotNull @Valid RateLimit rateLimit, @NotNull @Valid RandomFaults random,
		@Min(0) @Max(60_000) long latencyMs, long seed, @Min(1) @Max(10_000) int dopHint,
		@Min(1) @Max(16) int webServers, boolean ignoreReturnRepresentation) {

	/**
	 * @param enabled whether the limits refuse calls (the budget headers are sent either
	 * way)
	 * @param maxRequests requests per user per sliding window (Dataverse: 6,000)
	 * @param windowSeconds the window (Dataverse: 300)
	 * @param maxConcurrent concurrent requests per user (Dataverse refuses the 53rd)
	 * @param maxExecutionTimeMs combined execution time per user per window (Dataverse:
	 * 1,200,000 ms)
	 */
	public record RateLimit(boolean enabled, @Min(1) int maxRequests, @Min(1) @Max(86_400) long windowSeconds,
			@Min(1) int maxConcurrent, @Min(1) long maxExecutionTimeMs) {
	}

	/**
	 * @param share 0..1 of the calls answered 429
	 * @param retryAfterSeconds the {@code Retry-After} those answers carry
	 * @param shares how the refusals are split among the three limits' codes
	 */
	public record RandomFaults(@DecimalMin("0") @DecimalMax("1") double share,
			@Min(0) @Max(3600) long retryAfterSeconds, @NotNull @Valid Shares shares) {
	}

	/**
	 * Relative weights of the three codes a random refusal carries; {@code {1,1,2}}
	 * answers half of them with the concurrency code.
	 */
	public record Shares(@DecimalMin("0") double requestCount, @DecimalMin("0") double executionTime,
			@DecimalMin("0") double concurrency) {

		/** Only a random refusal's own code: the number of requests. */
		public static final Shares REQUEST_COUNT_ONLY = new Shares(1, 0, 0);

		@JsonIgnore
		@AssertTrue(message = "at least one share must be above 0")
		public boolean isAnyPositive() {
			return requestCount + executionTime + concurrency > 0;
		}
	}
}
