package dev.journeyfacade.journey;

import java.util.Set;

/**
 * A validated update: the new values and which fields the caller sent, by their API names
 * (the name, the settings, {@code design} and the fields of the backend's
 * {@link DesignText}). A field sent with a null value is to be cleared; a field not sent
 * stays unchanged.
 */
public record JourneyChanges(UpdateJourneyRequest values, Set<String> fields) {

	public static final String NAME = "name";

	public JourneyChanges {
		fields = Set.copyOf(fields);
	}

	public boolean has(String field) {
		return fields.contains(field);
	}
}
