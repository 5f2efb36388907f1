package dev.journeyfacade.journey;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The design fields of a request body, for the backend to check and write: the design,
 * the backend's design text some bodies send instead, and which of their fields the body
 * has (in a merge patch a field sent as null counts: it clears).
 *
 * @param sent API names of the design fields the body has: {@code design} and those of
 * the backend's {@link DesignText}
 */
public record DesignFields(Set<String> sent, @Nullable Design design, @Nullable DesignText text) {

	public static final String DESIGN = "design";

	public DesignFields {
		sent = Set.copyOf(sent);
	}

	/** The design fields of a new journey: those that are set. */
	static DesignFields of(CreateJourneyRequest journey) {
		Set<String> sent = new LinkedHashSet<>();
		if (journey.design() != null) {
			sent.add(DESIGN);
		}
		if (journey.text() != null) {
			sent.addAll(journey.text().present());
		}
		return new DesignFields(sent, journey.design(), journey.text());
	}

	public boolean has(String field) {
		return sent.contains(field);
	}
}
