package dev.dataverseemulator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Dataverse emulator ({@code emulator.*}), bound once at start. Throttling can be changed
 * later at {@code /_emulator/throttling}; these are the values it starts with and returns to on reset.
 *
 * @param tenantId       the tenant in the token endpoint's path
 * @param clientId       the one application user's client id
 * @param clientSecret   its secret
 * @param tokenLifetime  {@code expires_in} of issued tokens (Entra ID: 60–90 minutes)
 * @param lifecycleDelay how long Going live and Stopping take
 * @param seed           whether to load the sample records at start
 * @param throttling     service protection limits, random 429s, latency
 */
@Validated
@ConfigurationProperties("emulator")
public record EmulatorProperties(
        @DefaultValue("8f6a3c1e-5b2d-4e7f-9a10-3c4d5e6f7a8b") @NotBlank String tenantId,
        @DefaultValue("0c7d2b9e-1f3a-4c5d-8e6f-7a8b9c0d1e2f") @NotBlank String clientId,
        @DefaultValue("emulator-secret") @NotBlank String clientSecret,
        @DefaultValue("3600s") @NotNull @DurationMin(seconds = 1) Duration tokenLifetime,
        @DefaultValue("2s") @NotNull @DurationMin(millis = 0) Duration lifecycleDelay,
        @DefaultValue("true") boolean seed,
        @DefaultValue @NotNull @Valid Throttling throttling) {

    /**
     * @param rateLimit per-user request count per sliding window and concurrency cap
     * @param random    share of calls refused at random
     * @param latency   added to every admitted Dataverse call
     * @param seed      seed of the random draws
     */
    public record Throttling(
            @DefaultValue @NotNull @Valid RateLimit rateLimit,
            @DefaultValue @NotNull @Valid RandomFaults random,
            @DefaultValue("0ms") @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 60) Duration latency,
            @DefaultValue("42") long seed) {
    }

    /**
     * @param enabled       off by default
     * @param maxRequests   per user per window (Dataverse: 6,000)
     * @param window        the sliding window (Dataverse: 5 minutes)
     * @param maxConcurrent concurrent requests per user (Dataverse refuses the 52nd)
     */
    public record RateLimit(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("6000") @Min(1) int maxRequests,
            @DefaultValue("300s") @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) Duration window,
            @DefaultValue("52") @Min(1) int maxConcurrent) {
    }

    /**
     * @param share      0..1 of the calls answered 429
     * @param retryAfter the {@code Retry-After} they carry (whole seconds)
     */
    public record RandomFaults(
            @DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double share,
            @DefaultValue("5s") @NotNull @DurationMin(seconds = 0) @DurationMax(hours = 1) Duration retryAfter) {
    }

    @Override
    public String toString() { // never print the secret
        return "EmulatorProperties[tenantId=" + tenantId + ", clientId=" + clientId + ", clientSecret=****, tokenLifetime="
                + tokenLifetime + ", lifecycleDelay=" + lifecycleDelay + ", seed=" + seed + ", throttling=" + throttling + "]";
    }
}
