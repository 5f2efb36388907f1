package dev.journeyfacade.journey.msdyncrm.design;

import dev.journeyfacade.journey.DesignText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The outbound design as an expert sends it instead of a tree: the two strings Dataverse
 * stores, unwrapped in the body beside {@code design} (ADR 9, ADR 10). Checked by
 * {@link DesignRules}, written as sent.
 */
public record RawPair(
		@Schema(description = RawPair.WORKFLOW_DEFINITION_TEXT, maxLength = RawPair.WORKFLOW_DEFINITION_MAX) @Size(
				max = RawPair.WORKFLOW_DEFINITION_MAX) @Nullable String workflowDefinition,
		@Schema(description = RawPair.DESIGNER_STATE_TEXT, maxLength = RawPair.DESIGNER_STATE_MAX) @Size(
				max = RawPair.DESIGNER_STATE_MAX) @Nullable String designerState)
		implements
			DesignText {

	/** The API names of the two fields. */
	public static final String WORKFLOW_DEFINITION = "workflowDefinition";

	public static final String DESIGNER_STATE = "designerState";

	/** Dataverse's column limits of the two strings. */
	public static final int WORKFLOW_DEFINITION_MAX = 1_048_576;

	public static final int DESIGNER_STATE_MAX = 100_000;

	static final String WORKFLOW_DEFINITION_TEXT = "For experts; prefer `design`. The design in Dataverse's "
			+ "workflow-definition format: a JSON array of tiles, serialized into a string (up to "
			+ WORKFLOW_DEFINITION_MAX
			+ " characters), checked like a design (one tree, starting with a segment group). Travels together with "
			+ "`designerState`: send both or neither, and never together with `design`.";

	static final String DESIGNER_STATE_TEXT = "For experts; prefer `design`. The journey designer's hidden state for "
			+ "this design, a JSON object serialized into a string (up to " + DESIGNER_STATE_MAX
			+ " characters), whose id counters "
			+ "must stay ahead of the ids in the definition. Travels together with `workflowDefinition`: send both "
			+ "or neither.";

	/** Neither string. */
	public static final RawPair NONE = new RawPair(null, null);

	/** The raw pair of a body; {@link #NONE} when it has none. */
	public static RawPair of(@Nullable DesignText text) {
		return text instanceof RawPair raw ? raw : NONE;
	}

	@Override
	public Set<String> present() {
		Set<String> present = new LinkedHashSet<>();
		if (workflowDefinition != null) {
			present.add(WORKFLOW_DEFINITION);
		}
		if (designerState != null) {
			present.add(DESIGNER_STATE);
		}
		return present;
	}

}
