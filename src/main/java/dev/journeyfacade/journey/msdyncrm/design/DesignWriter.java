package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.Wire.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a checked design as the workflow definition's activity array, parents before
 * children. Stored ids are reused; new tiles and items get ids from the counters, which
 * start above every id in use. A tile keeps its stored placement (ParentBranchId and the
 * spelling of ParentRelationshipType) while it stays where it was read; a moved or new
 * tile, or a reordered sibling list, is numbered by position as documented ("0-based
 * sequential position of a child tile among its siblings").
 */
final class DesignWriter {

	private final String entityTarget;

	private int nextActivityCounter;

	private int nextItemId;

	private final ArrayNode activities = JsonNodeFactory.instance.arrayNode();

	DesignWriter(String entityTarget, int nextActivityCounter, int nextItemId) {
		this.entityTarget = entityTarget;
		this.nextActivityCounter = nextActivityCounter;
		this.nextItemId = nextItemId;
	}

	ArrayNode write(JourneyDesign design) {
		ObjectNode root = design.root() != null ? Json.toNode(design.root()) : freshRoot();
		activities.add(root);
		siblings(Json.text(root, ACTIVITY_ID), design.tiles(), Relationship.ANY);
		return activities;
	}

	int nextActivityCounter() {
		return nextActivityCounter;
	}

	int nextItemId() {
		return nextItemId;
	}

	/**
	 * The root the designer writes for a new journey (see Microsoft's sample create
	 * request).
	 */
	private ObjectNode freshRoot() {
		ObjectNode root = Json.object();
		root.put(ACTIVITY_TYPE_ID, ROOT_TYPE);
		root.put(PARENT_BRANCH_ID, 0);
		root.put(PARENT_RELATIONSHIP_TYPE, DEFAULT_RELATIONSHIP);
		root.put(ACTIVITY_ID, ROOT_ID);
		ObjectNode item = root.putObject(PROPERTIES).putArray(ITEMS).addObject();
		item.putNull(ITEM_ID);
		item.put(ACTIVITY_TYPE_ID, ROOT_TYPE);
		item.put(TITLE, TITLE_UNDEFINED);
		item.put(IS_NAME_SYSTEM_DEFINED, true);
		item.put(NAME, ROOT_NAME);
		item.put(ACTIVITY_ITEM_ID, nextItemId++);
		return root;
	}

	private void siblings(String parentId, List<Tile> tiles, Relationship relationship) {
		List<Relationship> relationships = new ArrayList<>();
		tiles.forEach(t -> relationships.add(relationship));
		siblings(parentId, tiles, relationships);
	}

	private void siblings(String parentId, List<Tile> tiles, List<Relationship> relationships) {
		boolean keepBranchIds = storedPlacementsHold(parentId, tiles, relationships);
		for (int i = 0; i < tiles.size(); i++) {
			Tile tile = tiles.get(i);
			if (tile instanceof UnknownTile unknown) {
				writeUnknown(unknown, parentId, relationships.get(i), keepBranchIds ? null : i);
			}
			else {
				writeTyped((TypedTile) tile, parentId, relationships.get(i), keepBranchIds ? null : i);
			}
		}
	}

	/**
	 * True when every sibling sits where it was read (same parent, same kind of
	 * relationship) and their stored branch ids still run in list order: then the stored
	 * numbering is kept as is.
	 */
	private static boolean storedPlacementsHold(String parentId, List<Tile> tiles, List<Relationship> relationships) {
		int last = Integer.MIN_VALUE;
		for (int i = 0; i < tiles.size(); i++) {
			Placement stored = Placement.of(tiles.get(i));
			if (stored == null || !parentId.equals(stored.parentId())
					|| !relationships.get(i).accepts(stored.relationship())) {
				return false;
			}
			if (stored.branchId() != null) {
				if (stored.branchId() < last) {
					return false;
				}
				last = stored.branchId();
			}
			else if (!(tiles.get(i) instanceof UnknownTile)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param position the ParentBranchId to write, or null to keep the stored one
	 */
	private void writeTyped(TypedTile tile, String parentId, Relationship relationship, Integer position) {
		StoredIds stored = tile.stored();
		String id = stored != null && stored.activityId() != null ? stored.activityId() : freshActivityId(parentId);
		boolean sameParent = stored != null && parentId.equals(stored.parentActivityId());
		String spelling = sameParent && relationship.accepts(stored.parentRelationshipType())
				? stored.parentRelationshipType() : relationship.spelling();
		int branchId = position != null ? position : stored.parentBranchId();
		activities.add(TileJson.activity(tile, id, new TileJson.Links(parentId, branchId, spelling), entityTarget,
				() -> nextItemId++));
		if (tile instanceof TriggerTile trigger) {
			List<Tile> branches = new ArrayList<>(trigger.yes());
			branches.addAll(trigger.no());
			List<Relationship> relationships = new ArrayList<>();
			trigger.yes().forEach(t -> relationships.add(Relationship.YES));
			trigger.no().forEach(t -> relationships.add(Relationship.NO));
			siblings(id, branches, relationships);
		}
		else if (tile instanceof SplitterTile splitter) {
			siblings(id, splitter.branches(), Relationship.DEFAULT);
		}
		else {
			siblings(id, ((HasNext) tile).next(), Relationship.DEFAULT);
		}
	}

	/**
	 * Writes the stored activity untouched, except for links that no longer hold (or were
	 * never there).
	 */
	private void writeUnknown(UnknownTile tile, String parentId, Relationship relationship, Integer position) {
		ObjectNode stored = Json.toNode(tile.activity());
		Placement placement = Placement.of(tile);
		String id = Json.text(stored, ACTIVITY_ID);
		if (id == null || id.isBlank()) {
			id = freshActivityId(parentId);
		}
		boolean sameParent = parentId.equals(placement.parentId());
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		// a null value leaves the property as stored (absent included)
		Map<String, JsonNode> links = new LinkedHashMap<>();
		links.put(ACTIVITY_TYPE_ID, stored.get(ACTIVITY_TYPE_ID));
		links.put(PARENT_ACTIVITY_ID, nodes.stringNode(parentId));
		links.put(PARENT_BRANCH_ID, position == null ? null : nodes.numberNode(position));
		links.put(PARENT_RELATIONSHIP_TYPE, sameParent && relationship.accepts(placement.relationship()) ? null
				: nodes.stringNode(relationship.spelling()));
		links.put(ACTIVITY_ID, nodes.stringNode(id));
		activities.add(withLinks(stored, links));
		siblings(id, tile.next(), Relationship.ANY);
	}

	/**
	 * Sets the links in place, keeping the stored property order; when one was missing,
	 * the links go first in the designer's order and the rest follows as stored.
	 */
	private static ObjectNode withLinks(ObjectNode stored, Map<String, JsonNode> links) {
		boolean allPresent = links.entrySet().stream().allMatch(l -> l.getValue() == null || stored.has(l.getKey()));
		if (allPresent) {
			links.forEach((name, value) -> {
				if (value != null) {
					stored.set(name, value);
				}
			});
			return stored;
		}
		ObjectNode result = Json.object();
		links.forEach((name, value) -> {
			JsonNode written = value != null ? value : stored.get(name);
			if (written != null) {
				result.set(name, written);
			}
		});
		stored.properties().forEach(p -> {
			if (!result.has(p.getKey())) {
				result.set(p.getKey(), p.getValue());
			}
		});
		return result;
	}

	private String freshActivityId(String parentId) {
		return parentId + "_" + nextActivityCounter++;
	}

	/**
	 * Where a tile was read: its parent, ParentBranchId (null if not an int) and
	 * ParentRelationshipType.
	 */
	private record Placement(@Nullable String parentId, @Nullable Integer branchId, @Nullable String relationship) {

		static Placement of(Tile tile) {
			if (tile instanceof UnknownTile unknown) {
				Map<String, Object> a = unknown.activity();
				return new Placement(a.get(PARENT_ACTIVITY_ID) instanceof String p ? p : null,
						a.get(PARENT_BRANCH_ID) instanceof Integer b ? b : null,
						a.get(PARENT_RELATIONSHIP_TYPE) instanceof String r ? r : null);
			}
			StoredIds stored = ((TypedTile) tile).stored();
			return stored == null ? null : new Placement(stored.parentActivityId(), stored.parentBranchId(),
					stored.parentRelationshipType());
		}
	}

}
