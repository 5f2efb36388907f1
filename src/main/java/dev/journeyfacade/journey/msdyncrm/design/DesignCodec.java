package dev.journeyfacade.journey.msdyncrm.design;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Converts between the design tree of the API and the two strings Dataverse stores for
 * it: the workflow definition ({@code msdyncrm_workflowdefinition}, a JSON array in a
 * string) and the designer state ({@code msdyncrm_customerjourneydesignerstate}). Format:
 * learn.microsoft.com/dynamics365/customer-insights/
 * journeys/developer/customer-journey-workflow-definition.
 * <p>
 * Decoding is lossless: tiles and properties the facade does not model are kept as read,
 * so {@code encode(decode(d))} gives back {@code d} (as JSON; byte for byte when its
 * activities are listed parents first, the designer's usual order). Ids come from the
 * codec, never from callers: stored ids are reused, new tiles get fresh ones above every
 * id in use and above the previous designer state's counters, and the new designer state
 * is ahead of every id written. Stateless and thread-safe.
 */
public final class DesignCodec {

	/** Encodes a new design (no previous designer state). */
	public WorkflowDefinition encode(JourneyDesign design, EntityTarget target) {
		return encode(design, target, null);
	}

	/**
	 * Encodes a design, for a new journey or as an update or copy of a stored one. The
	 * design must have passed {@link DesignRules} (the store's {@code checkDesign}, which
	 * the journey service runs on every body before anything is written): it is checked
	 * there once, not again here (ADR 10).
	 * @param target written as every tile's EntityTarget
	 * @param previousDesignerState the journey's stored designer state, or null: its
	 * counters never go back, and anything else in it is kept
	 */
	public WorkflowDefinition encode(JourneyDesign design, EntityTarget target,
			@Nullable String previousDesignerState) {
		Objects.requireNonNull(design, "design");
		Objects.requireNonNull(target, "target");
		DesignIds ids = DesignIds.of(design);
		DesignerState previous = DesignerState.parse(previousDesignerState);
		DesignWriter writer = new DesignWriter(Wire.of(target),
				Math.max(ids.nextActivityCounter(), previous.nextActivityId()),
				Math.max(ids.nextItemId(), previous.nextActivityItemId()));
		String definition = Json.write(writer.write(design));
		return new WorkflowDefinition(definition, previous.write(writer.nextActivityCounter(), writer.nextItemId()));
	}

	/**
	 * Decodes a stored workflow definition into the design tree.
	 * @throws InvalidDesignException when the definition does not form one tree (not a
	 * JSON array of activities, not a single bpf_root root, a missing parent, a cycle, a
	 * repeated ActivityId): there is no tree to show, and the raw strings are all there
	 * is
	 */
	public JourneyDesign decode(String workflowDefinition) {
		return new DesignReader(FlatDefinition.parse(workflowDefinition)).read();
	}

}
