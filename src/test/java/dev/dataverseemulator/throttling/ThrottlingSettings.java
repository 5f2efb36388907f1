package dev.dataverseemulator.throttling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The throttling in force, as {@code GET/PUT/PATCH /_emulator/throttling} shows and takes it. The modes
 * combine: random 429s are drawn first, then the per-user limits apply, then admitted calls get the latency.
 *
 * @param rateLimit Dataverse's per-user limits
 * @param random    a share of calls refused at random
 * @param latencyMs added to every admitted Dataverse call
 * @param seed      seed of the random draws, so a run can be repeated
 */
public record ThrottlingSettings(@NotNull @Valid RateLimit rateLimit, @NotNull @Valid RandomFaults random,
                                 @Min(0) @Max(60_000) long latencyMs, long seed) {

    /**
     * @param enabled       whether the limits apply
     * @param maxRequests   requests per user per sliding window (Dataverse: 6,000)
     * @param windowSeconds the window (Dataverse: 300)
     * @param maxConcurrent concurrent requests per user (Dataverse refuses the 52nd)
     */
    public record RateLimit(boolean enabled, @Min(1) int maxRequests, @Min(1) @Max(86_400) long windowSeconds,
                            @Min(1) int maxConcurrent) {
    }

    /**
     * @param share             0..1 of the calls answered 429
     * @param retryAfterSeconds the {@code Retry-After} those answers carry
     */
    public record RandomFaults(@DecimalMin("0") @DecimalMax("1") double share, @Min(0) @Max(3600) long retryAfterSeconds) {
    }
}
