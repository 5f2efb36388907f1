package dev.journeyfacade.journey;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A journey with all its settings and its design, as one journey is read: the design as a
 * tree, and the backend's stored form of it ({@link StoredDesignText}, unwrapped),
 * read-only, for experts and for a stored design that cannot be read as a tree.
 */
@Schema(description = "A journey with all its settings and its design.")
public record Journey(@Schema(description = JourneyDocs.ID, example = JourneyDocs.ID_EXAMPLE) @Nullable UUID id,
		@Schema(description = JourneyDocs.NAME, example = JourneyDocs.NAME_EXAMPLE,
				maxLength = JourneyLimits.NAME_MAX) @Nullable String name,
		@Schema(description = "Lifecycle status; changed only by publish and stop.") @Nullable JourneyStatus status,
		@JsonUnwrapped JourneySettings settings,
		@Schema(description = "The journey's design as a tree of tiles, read from the stored workflow definition, with "
				+ "the ids Dataverse keeps in each tile's `stored`. Null when the journey has no design yet, or when the "
				+ "stored definition cannot be read as a tree: then `designProblems` says why, and only the raw "
				+ "`workflowDefinition` shows it.") @Nullable Design design,
		@Schema(description = "Why the stored workflow definition cannot be read as a design; empty when it can, or "
				+ "when there is none.", accessMode = Schema.AccessMode.READ_ONLY) List<DesignViolation> designProblems,
		@JsonUnwrapped @Nullable StoredDesignText text, @JsonUnwrapped JourneyAudit audit,
		@Schema(description = JourneyDocs.CREATED_AT,
				example = JourneyDocs.DATE_EXAMPLE) @Nullable OffsetDateTime createdAt,
		@Schema(description = JourneyDocs.MODIFIED_AT,
				example = JourneyDocs.DATE_EXAMPLE) @Nullable OffsetDateTime modifiedAt,
		@Schema(description = JourneyDocs.ETAG, example = JourneyDocs.ETAG_EXAMPLE,
				maxLength = JourneyLimits.ETAG_MAX) @Nullable String etag) {

	public Journey {
		settings = settings == null ? JourneySettings.NONE : settings;
		audit = audit == null ? JourneyAudit.NONE : audit;
		designProblems = designProblems == null ? List.of() : List.copyOf(designProblems);
	}
}
