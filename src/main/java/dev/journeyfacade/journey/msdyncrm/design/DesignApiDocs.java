package dev.journeyfacade.journey.msdyncrm.design;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The parts of the OpenAPI document about the outbound design that annotations cannot
 * express. The raw design strings get their examples here because swagger-core parses an
 * annotation example that is valid JSON and shows it as that JSON (an array for the
 * workflow definition), while the field is a string that holds JSON. The Tile schema's
 * discriminator maps each {@code type} of {@link TileKind} to its kind's schema, and its
 * property gets its description here because {@code @Schema(properties = …)} can only
 * type it. And every list of tiles (a design's {@code tiles}, a tile's {@code next},
 * {@code yes}, {@code no}, {@code branches}) becomes a plain reference to Tile, whose
 * discriminator maps each {@code type} to its kind: springdoc turns some of these lists
 * into a {@code oneOf} of the sixteen kinds, and as every kind holds such lists again,
 * Swagger UI, which resolves every reference below an operation it opens, froze on the
 * combinations.
 */
@Component
class DesignApiDocs implements OpenApiCustomizer {

	private static final String TILE = "Tile";

	private static final String SCHEMAS = "#/components/schemas/";

	private static final List<String> BODIES = List.of("Journey", "CreateJourneyRequest", "UpdateJourneyRequest");

	/** The design of Microsoft's sample create request, as stored. */
	static final String WORKFLOW_DEFINITION_EXAMPLE = "[{\"ActivityTypeId\":\"bpf_root\",\"ParentBranchId\":0,"
			+ "\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"01\",\"Properties\":{\"Items\":[{\"ItemId\":null,"
			+ "\"ActivityTypeId\":\"bpf_root\",\"Title\":\"Undefined\",\"IsNameSystemDefined\":true,"
			+ "\"Name\":\"New ActivityTypeName_bpf_root_TitleText\",\"ActivityItemId\":0}]}},"
			+ "{\"ActivityTypeId\":\"Segment\",\"ParentActivityId\":\"01\",\"ParentBranchId\":0,"
			+ "\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"01_0\",\"Properties\":{\"Items\":[{\"ItemId\":null,"
			+ "\"ActivityTypeId\":\"Segment\",\"Title\":\"Undefined\",\"IsNameSystemDefined\":true,"
			+ "\"Name\":\"New Segment group\",\"ActivityItemId\":23,\"SegmentMergeMethod\":\"Union\"},"
			+ "{\"ItemId\":\"24db2671-1529-e911-a9b7-000d3a1e6adc\",\"ActivityTypeId\":\"SegmentItem\",\"Title\":\"Undefined\","
			+ "\"IsNameSystemDefined\":true,\"Name\":\"TC407937_DynamicSegment_2KZQ1p\",\"ActivityItemId\":24,"
			+ "\"ContainmentMethod\":\"Inclusion\",\"SegmentSourceType\":\"Segment\","
			+ "\"DciSegmentName\":\"TC407937_DynamicSegment_2KZQ1p\",\"SegmentDisplayName\":\"TC407937_DynamicSegment_2KZQ1p\","
			+ "\"Description\":\"\"}]},\"EntityTarget\":\"contact\"},"
			+ "{\"ActivityTypeId\":\"Email\",\"ParentActivityId\":\"01_0\",\"ParentBranchId\":0,"
			+ "\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"01_0_2\",\"Properties\":{\"Items\":["
			+ "{\"ItemId\":\"15bd0ab8-c12a-e911-a9b6-000d3a1e6c14\",\"ActivityTypeId\":\"Email\",\"Title\":\"Undefined\","
			+ "\"IsNameSystemDefined\":true,\"Name\":\"Relationship test\",\"ActivityItemId\":32}]},"
			+ "\"EntityTarget\":\"contact\"}]";

	/** The designer state of Microsoft's sample create request. */
	static final String DESIGNER_STATE_EXAMPLE = "{\"NextActivityID\":8,\"NextActivityItemID\":42}";

	@Override
	public void customise(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
		if (schemas == null) {
			return;
		}
		for (String body : BODIES) {
			setExample(schemas.get(body), RawPair.WORKFLOW_DEFINITION, WORKFLOW_DEFINITION_EXAMPLE);
			setExample(schemas.get(body), RawPair.DESIGNER_STATE, DESIGNER_STATE_EXAMPLE);
		}
		Schema<?> tile = schemas.get(TILE);
		if (tile == null || tile.getDiscriminator() == null) {
			return;
		}
		TileKind.types().forEach((name, type) -> tile.getDiscriminator().mapping(name, SCHEMAS + type.getSimpleName()));
		Map<String, String> kinds = tile.getDiscriminator().getMapping();
		if (tile.getProperties() != null && tile.getProperties().get("type") instanceof Schema<?> type) {
			type.setDescription("Kind of tile, a value of the discriminator: " + String.join(", ", kinds.keySet())
					+ ". UNKNOWN is a tile the facade carries without modelling it.");
			type.setExample("EMAIL");
		}
		List<Schema<?>> holders = new ArrayList<>();
		holders.add(schemas.get("JourneyDesign"));
		kinds.values().forEach(ref -> holders.add(schemas.get(ref.substring(ref.lastIndexOf('/') + 1))));
		for (Schema<?> holder : holders) {
			if (holder != null) {
				properties(holder).forEach(property -> {
					if (isTileList(property)) {
						property.setItems(new Schema<>().$ref(SchemaText.TILE_REF));
					}
				});
			}
		}
	}

	/**
	 * A schema's own properties and, for a tile kind, those of its allOf parts (the
	 * kind's own fields).
	 */
	private static List<Schema<?>> properties(Schema<?> schema) {
		List<Schema<?>> properties = new ArrayList<>();
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(properties::add);
		}
		if (schema.getAllOf() != null) {
			for (Schema<?> part : schema.getAllOf()) {
				if (part.getProperties() != null) {
					part.getProperties().values().forEach(properties::add);
				}
			}
		}
		return properties;
	}

	private static boolean isTileList(Schema<?> property) {
		Schema<?> items = property.getItems();
		return items != null
				&& (SchemaText.TILE_REF.equals(items.get$ref()) || (items.getOneOf() != null && items.getOneOf()
					.stream()
					.anyMatch(kind -> kind.get$ref() != null && kind.get$ref().endsWith("Tile"))));
	}

	private static void setExample(Schema<?> schema, String property, String example) {
		if (schema != null && schema.getProperties() != null
				&& schema.getProperties().get(property) instanceof Schema<?> field) {
			field.setExample(example);
		}
	}

}
