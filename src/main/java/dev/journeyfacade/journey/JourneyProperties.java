package dev.journeyfacade.journey;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the journey API ({@code journey.*}).
 *
 * @param maxBodySize largest request body accepted by {@code /api/v1/journeys/**}; larger
 * ones get 413. The default leaves room for the largest design a backend stores
 * (outbound's column limits, its {@code RawPair}), JSON escaping and multi-byte
 * characters included.
 */
@Validated
@ConfigurationProperties("journey")
public record JourneyProperties(@DefaultValue("4MB") @NotNull DataSize maxBodySize) {
}
