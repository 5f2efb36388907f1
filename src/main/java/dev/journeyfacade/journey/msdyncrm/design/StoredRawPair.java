package dev.journeyfacade.journey.msdyncrm.design;

import dev.journeyfacade.journey.Journey;
import dev.journeyfacade.journey.StoredDesignText;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The two strings Dataverse stores for an outbound journey's design, as read: read-only,
 * unwrapped in the journey beside {@code design} (ADR 10).
 */
public record StoredRawPair(@Schema(description = """
		Read-only, for experts: the design exactly as Dataverse stores it (its workflow definition, a JSON array \
		of tiles serialized into a string). `design` is the same, readable; when the stored definition cannot \
		be read as a tree, this is the only view of it.""",
		accessMode = Schema.AccessMode.READ_ONLY) @Nullable String workflowDefinition, @Schema(description = """
				Read-only, for experts: the journey designer's hidden state as Dataverse stores it (its id \
				counters, a JSON object serialized into a string). The facade keeps it consistent whenever it \
				writes a `design`.""", accessMode = Schema.AccessMode.READ_ONLY) @Nullable String designerState)
		implements
			StoredDesignText {

	/** Neither string: a journey without a design. */
	public static final StoredRawPair NONE = new StoredRawPair(null, null);

	/** The strings of an outbound journey as read (none when it has no stored form). */
	public static StoredRawPair of(Journey journey) {
		return journey.text() instanceof StoredRawPair pair ? pair : NONE;
	}

}
