package dev.journeyfacade.journey;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The design fields of a request body, for the backend to check: the design, the raw
 * strings some backends accept instead, and which of the three the body has (in a merge
 * patch a field sent as null counts: it clears).
 *
 * @param sent API names of the design fields the body has: {@code design},
 * {@code workflowDefinition}, {@code designerState}
 */
public record DesignFields(Set<String> sent, @Nullable Design design, @Nullable String workflowDefinition,
		@Nullable String designerState) {

	public static final String DESIGN = "design";

	public static final String WORKFLOW_DEFINITION = "workflowDefinition";

	public static final String DESIGNER_STATE = "designerState";

	public DesignFields {
		sent = Set.copyOf(sent);
	}

	/** The design fields of a new journey: those that are set. */
	static DesignFields of(CreateJourneyRequest journey) {
		Set<String> sent = new LinkedHashSet<>();
		if (journey.design() != null) {
			sent.add(DESIGN);
		}
		if (journey.workflowDefinition() != null) {
			sent.add(WORKFLOW_DEFINITION);
		}
		if (journey.designerState() != null) {
			sent.add(DESIGNER_STATE);
		}
		return new DesignFields(sent, journey.design(), journey.workflowDefinition(), journey.designerState());
	}

	public boolean has(String field) {
		return sent.contains(field);
	}
}
