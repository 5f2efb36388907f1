package dev.journeyfacade.journey;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A validated update: the new values and which fields the caller sent, by their API names
 * ({@link #FIELDS}). A field sent with a null value is to be cleared; a field not sent
 * stays unchanged.
 */
public record JourneyChanges(UpdateJourneyRequest values, Set<String> fields) {

	public static final String NAME = "name";

	/** Every field an update may change: the name, the settings, the design fields. */
	public static final Set<String> FIELDS = updatable();

	public JourneyChanges {
		fields = Set.copyOf(fields);
	}

	public boolean has(String field) {
		return fields.contains(field);
	}

	private static Set<String> updatable() {
		Set<String> fields = new LinkedHashSet<>();
		fields.add(NAME);
		fields.addAll(JourneySettings.FIELDS);
		fields.add(DesignFields.DESIGN);
		fields.add(DesignFields.WORKFLOW_DEFINITION);
		fields.add(DesignFields.DESIGNER_STATE);
		return Collections.unmodifiableSet(fields);
	}
}
