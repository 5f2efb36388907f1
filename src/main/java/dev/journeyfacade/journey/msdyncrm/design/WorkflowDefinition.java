package dev.journeyfacade.journey.msdyncrm.design;

import org.jspecify.annotations.Nullable;

/**
 * The two strings Dataverse keeps for a design, always written together.
 *
 * @param definition {@code msdyncrm_workflowdefinition}: the tiles as a JSON array in a
 * string
 * @param designerState {@code msdyncrm_customerjourneydesignerstate}: the designer's id
 * counters, e.g. {@code {"NextActivityID":8,"NextActivityItemID":42}}
 */
public record WorkflowDefinition(@Nullable String definition, @Nullable String designerState) {
}
