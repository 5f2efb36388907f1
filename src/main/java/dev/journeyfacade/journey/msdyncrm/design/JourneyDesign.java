package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.journeyfacade.journey.Design;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An outbound journey's design as a tree of tiles: what the API sends and receives
 * instead of Dataverse's workflow definition string (ADR 4). {@link DesignCodec} turns it
 * into that string and back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The journey's design as a tree of tiles. The journey starts with a segment group; each tile "
		+ "lists the tiles that follow it. Ids are assigned by the facade: tiles read from Dataverse carry them in "
		+ "`stored`, new tiles have none.",
		example = "{\"tiles\":[{\"type\":\"SEGMENT_GROUP\",\"mergeMethod\":\"UNION\",\"segments\":[{\"segmentId\":"
				+ "\"24db2671-1529-e911-a9b7-000d3a1e6adc\",\"containment\":\"INCLUDE\",\"name\":"
				+ "\"TC407937_DynamicSegment_2KZQ1p\",\"dciSegmentName\":\"TC407937_DynamicSegment_2KZQ1p\"}],"
				+ "\"next\":[{\"type\":\"EMAIL\",\"emailId\":\"15bd0ab8-c12a-e911-a9b6-000d3a1e6c14\","
				+ "\"name\":\"Relationship test\"}]}]}")
public record JourneyDesign(@Schema(
		description = "The hidden root activity (bpf_root) exactly as stored; opaque. Send it back unchanged "
				+ "or leave it out (a new design gets a fresh root).",
		example = "{\"ActivityTypeId\":\"bpf_root\",\"ParentBranchId\":0,\"ParentRelationshipType\":"
				+ "\"Default\",\"ActivityId\":\"01\",\"Properties\":{\"Items\":[]}}") @Nullable Map<String, Object> root,
		@Schema(description = "The tiles that follow the root, in order: segment groups.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<Tile> tiles)
		implements
			Design {

	public JourneyDesign {
		root = Copies.mapOrNull(root);
		tiles = Copies.list(tiles);
	}

}
