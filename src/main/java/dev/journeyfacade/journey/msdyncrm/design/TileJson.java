package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.Wire.*;

import java.util.Map;
import java.util.function.IntSupplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one modelled tile as a workflow activity, with the properties in the order the
 * journey designer writes them (see Microsoft's sample create request), so that an
 * unchanged design comes out byte for byte as read. Defaults apply only to new tiles and
 * items (no stored ids): a tile read from Dataverse is written with exactly the
 * properties it had.
 */
final class TileJson {

	/** The activity's links to its parent. */
	record Links(String parentActivityId, int parentBranchId, String parentRelationshipType) {
	}

	private TileJson() {
	}

	/**
	 * @param entityTarget the EntityTarget to write, or null for none
	 * @param freshItemIds hands out ActivityItemIds for items that have none
	 */
	static ObjectNode activity(TypedTile tile, String activityId, Links links, String entityTarget,
			IntSupplier freshItemIds) {
		TileKind kind = TileKind.of(tile);
		boolean fresh = tile.stored() == null || tile.stored().activityId() == null;
		ObjectNode activity = Json.object();
		activity.put(ACTIVITY_TYPE_ID, kind.wire());
		activity.put(PARENT_ACTIVITY_ID, links.parentActivityId());
		activity.put(PARENT_BRANCH_ID, links.parentBranchId());
		activity.put(PARENT_RELATIONSHIP_TYPE, links.parentRelationshipType());
		activity.put(ACTIVITY_ID, activityId);
		ArrayNode items = activity.putObject(PROPERTIES).putArray(ITEMS);
		items.add(header(tile, kind, fresh, freshItemIds));
		if (tile instanceof SegmentGroupTile group) {
			group.segments().forEach(segment -> items.add(segmentItem(segment, freshItemIds)));
		}
		else if (tile instanceof EmailTile email) {
			email.content().forEach(content -> items.add(content(content, freshItemIds)));
		}
		if (entityTarget != null) {
			activity.put(ENTITY_TARGET, entityTarget);
		}
		return activity;
	}

	private static ObjectNode header(TypedTile tile, TileKind kind, boolean fresh, IntSupplier freshItemIds) {
		Integer storedItemId = tile.stored() == null ? null : tile.stored().activityItemId();
		ObjectNode item = item(tile.reference(), kind.wire(), orDefault(tile.nameSystemDefined(), fresh, Boolean.TRUE),
				orDefault(tile.name(), fresh, kind.defaultName()), storedItemId, freshItemIds);
		if (tile instanceof SegmentGroupTile group) {
			SegmentMergeMethod method = orDefault(group.mergeMethod(), fresh, SegmentMergeMethod.UNION);
			putIfPresent(item, SEGMENT_MERGE_METHOD, method == null ? null : Wire.of(method));
		}
		return finish(item, tile.unmodeled(), tile.description());
	}

	private static ObjectNode segmentItem(SegmentItem segment, IntSupplier freshItemIds) {
		boolean fresh = segment.activityItemId() == null;
		ObjectNode item = item(segment.segmentId(), SEGMENT_ITEM_TYPE,
				orDefault(segment.nameSystemDefined(), fresh, Boolean.TRUE), segment.name(), segment.activityItemId(),
				freshItemIds);
		SegmentContainment containment = orDefault(segment.containment(), fresh, SegmentContainment.INCLUDE);
		putIfPresent(item, CONTAINMENT_METHOD, containment == null ? null : Wire.of(containment));
		putIfPresent(item, SEGMENT_SOURCE_TYPE, orDefault(segment.sourceType(), fresh, SEGMENT_SOURCE_SEGMENT));
		putIfPresent(item, DCI_SEGMENT_NAME, segment.dciSegmentName());
		putIfPresent(item, SEGMENT_DISPLAY_NAME, orDefault(segment.displayName(), fresh, segment.name()));
		// the sample's new segment item carries an empty description; its header and
		// email items carry none
		return finish(item, segment.unmodeled(), orDefault(segment.description(), fresh, ""));
	}

	private static ObjectNode content(EmailContent content, IntSupplier freshItemIds) {
		boolean fresh = content.activityItemId() == null;
		ObjectNode item = item(content.recordId(), Wire.of(content.type()),
				orDefault(content.nameSystemDefined(), fresh, Boolean.TRUE), content.name(), content.activityItemId(),
				freshItemIds);
		return finish(item, content.unmodeled(), content.description());
	}

	private static ObjectNode item(String itemId, String type, Boolean nameSystemDefined, String name,
			Integer activityItemId, IntSupplier freshItemIds) {
		ObjectNode item = Json.object();
		if (itemId == null) {
			item.putNull(ITEM_ID);
		}
		else {
			item.put(ITEM_ID, itemId);
		}
		item.put(ACTIVITY_TYPE_ID, type);
		item.put(TITLE, TITLE_UNDEFINED);
		if (nameSystemDefined != null) {
			item.put(IS_NAME_SYSTEM_DEFINED, nameSystemDefined);
		}
		putIfPresent(item, NAME, name);
		item.put(ACTIVITY_ITEM_ID, activityItemId != null ? activityItemId : freshItemIds.getAsInt());
		return item;
	}

	/**
	 * Unmodelled properties go after the modelled ones and before Description, where the
	 * designer puts them.
	 */
	private static ObjectNode finish(ObjectNode item, Map<String, Object> unmodeled, String description) {
		unmodeled.forEach((name, value) -> item.set(name, value == null ? NullNode.instance : Json.toNode(value)));
		putIfPresent(item, DESCRIPTION, description);
		return item;
	}

	private static void putIfPresent(ObjectNode node, String property, String value) {
		if (value != null) {
			node.put(property, value);
		}
	}

	private static <T> T orDefault(T value, boolean fresh, T fallback) {
		return value != null || !fresh ? value : fallback;
	}

}
