package dev.dataverseemulator.validation;

import java.time.Instant;
import java.util.UUID;

/**
 * What the checks look at, from a validate request's {@code FieldValue…} keys or from a
 * stored journey. Any value may be null.
 */
public record JourneyDraft(String name, Instant start, Instant end, Boolean recurring, Integer intervalDays,
		Integer count, String workflowDefinition, UUID contentSettingsId, UUID suppressionSegmentId) {
}
