package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.Wire.*;

import dev.journeyfacade.journey.DesignViolation;
import dev.journeyfacade.journey.Guids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a design must pass before Dataverse sees it. Each violation names the tile
 * (its path in the tree) and the reason; all are reported, not only the first. Stateless
 * and thread-safe.
 */
final class DesignValidator {

	private static final Set<String> ITEM_PROPERTIES = Set.of(ITEM_ID, ACTIVITY_TYPE_ID, TITLE, IS_NAME_SYSTEM_DEFINED,
			NAME, ACTIVITY_ITEM_ID, DESCRIPTION);

	private static final Set<String> SEGMENT_ITEM_PROPERTIES = Set.of(CONTAINMENT_METHOD, SEGMENT_SOURCE_TYPE,
			DCI_SEGMENT_NAME, SEGMENT_DISPLAY_NAME);

	/**
	 * Checks a design tree: the journey starts with segment groups, referenced segments
	 * and emails (and the other documented record references) are GUIDs, triggers have
	 * both branches and splitters their branches, no id is used twice, unknown tiles and
	 * unmodelled properties are in a shape that can be written.
	 */
	List<DesignViolation> check(JourneyDesign design) {
		List<DesignViolation> violations = new ArrayList<>();
		checkRoot(design.root(), violations);
		checkStart(design.tiles(), violations);
		Tiles.walk(design, (path, tile, field) -> checkTile(path, tile, field, violations));
		checkDuplicates(DesignIds.of(design), violations);
		return violations;
	}

	/**
	 * Checks a workflow definition as Dataverse stores it (for callers who send the raw
	 * string): first that it forms one tree (single root, parents exist, no cycles,
	 * unique ActivityIds), then the checks of {@link #check(JourneyDesign)} on that tree.
	 */
	List<DesignViolation> checkDefinition(String workflowDefinition) {
		List<DesignViolation> structure = new ArrayList<>();
		FlatDefinition flat = FlatDefinition.parse(workflowDefinition, structure);
		return structure.isEmpty() ? check(new DesignReader(flat).read()) : structure;
	}

	private static void checkRoot(Map<String, Object> root, List<DesignViolation> violations) {
		if (root == null) {
			return;
		}
		if (!ROOT_TYPE.equals(root.get(ACTIVITY_TYPE_ID)) || !(root.get(ACTIVITY_ID) instanceof String id)
				|| id.isBlank() || root.get(PARENT_ACTIVITY_ID) != null) {
			violations.add(new DesignViolation("root", "the root must be the " + ROOT_TYPE
					+ " activity as read (with its ActivityId and no parent); send it back unchanged or leave it out"));
		}
	}

	private static void checkStart(List<Tile> tiles, List<DesignViolation> violations) {
		if (tiles.isEmpty()) {
			violations.add(new DesignViolation("tiles",
					"a journey starts with a segment group, but the design has " + "no tiles"));
		}
		for (int i = 0; i < tiles.size(); i++) {
			String type = Tiles.wireType(tiles.get(i));
			if (!TileKind.SEGMENT_GROUP.wire().equals(type)) {
				violations.add(new DesignViolation("tiles[" + i + "]",
						"a journey starts with a segment group, not " + describe(tiles.get(i))));
			}
		}
	}

	private static void checkTile(String path, Tile tile, String field, List<DesignViolation> violations) {
		if (tile instanceof UnknownTile unknown) {
			checkUnknown(path, unknown, field, violations);
			return;
		}
		TypedTile typed = (TypedTile) tile;
		checkUnmodeled(path, typed.unmodeled(),
				typed instanceof SegmentGroupTile ? Set.of(SEGMENT_MERGE_METHOD) : Set.of(), violations);
		String reference = typed.reference();
		if (reference != null && TileKind.of(typed).referenceIsGuid() && !Guids.isGuid(reference)) {
			violations.add(new DesignViolation(path,
					describe(tile) + " refers to \"" + reference + "\", which is not a GUID"));
		}
		if (tile instanceof SegmentGroupTile group) {
			for (int i = 0; i < group.segments().size(); i++) {
				SegmentItem segment = group.segments().get(i);
				String segmentPath = path + ".segments[" + i + "]";
				if (segment.segmentId() != null && !Guids.isGuid(segment.segmentId())) {
					violations.add(new DesignViolation(segmentPath,
							"the segment id \"" + segment.segmentId() + "\" is not a GUID"));
				}
				checkUnmodeled(segmentPath, segment.unmodeled(), SEGMENT_ITEM_PROPERTIES, violations);
			}
		}
		else if (tile instanceof EmailTile email) {
			for (int i = 0; i < email.content().size(); i++) {
				EmailContent content = email.content().get(i);
				String contentPath = path + ".content[" + i + "]";
				if (content.type() == null) {
					violations.add(new DesignViolation(contentPath, "nested email content needs a type"));
				}
				if (content.recordId() != null && !Guids.isGuid(content.recordId())) {
					violations.add(new DesignViolation(contentPath,
							"the nested record id \"" + content.recordId() + "\" is not a GUID"));
				}
				checkUnmodeled(contentPath, content.unmodeled(), Set.of(), violations);
			}
		}
		else if (tile instanceof TriggerTile trigger) {
			if (trigger.yes().isEmpty()) {
				violations.add(new DesignViolation(path,
						"a trigger needs its yes branch: add at least one tile to " + "`yes`"));
			}
			if (trigger.no().isEmpty()) {
				violations.add(
						new DesignViolation(path, "a trigger needs its no branch: add at least one tile to " + "`no`"));
			}
		}
		else if (tile instanceof SplitterTile splitter) {
			if (splitter.branches().size() < 2) {
				violations.add(new DesignViolation(path,
						"a splitter needs at least two branches, it has " + splitter.branches().size()));
			}
			for (int i = 0; i < splitter.branches().size(); i++) {
				Tile branch = splitter.branches().get(i);
				if (!TileKind.SPLITTER_BRANCH.wire().equals(Tiles.wireType(branch))) {
					violations.add(new DesignViolation(path + ".branches[" + i + "]",
							"a splitter's branches must " + "be SPLITTER_BRANCH tiles, not " + describe(branch)));
				}
			}
		}
		if (tile instanceof SplitterBranchTile && !"branches".equals(field)) {
			violations.add(new DesignViolation(path, "a splitter branch belongs in a splitter's `branches`"));
		}
	}

	private static void checkUnknown(String path, UnknownTile tile, String field, List<DesignViolation> violations) {
		Object type = tile.activity().get(ACTIVITY_TYPE_ID);
		if (!(type instanceof String text) || text.isBlank()) {
			violations.add(new DesignViolation(path, "an UNKNOWN tile's activity needs its ActivityTypeId"));
		}
		else if (ROOT_TYPE.equals(text)) {
			violations.add(new DesignViolation(path, "only the root may be a " + ROOT_TYPE + " activity"));
		}
		else if (TileKind.SPLITTER_BRANCH.wire().equals(text) && !"branches".equals(field)) {
			violations.add(new DesignViolation(path, "a splitter branch belongs in a splitter's `branches`"));
		}
		Object id = tile.activity().get(ACTIVITY_ID);
		if (id != null && !(id instanceof String)) {
			violations.add(new DesignViolation(path, "an UNKNOWN tile's ActivityId must be a string"));
		}
	}

	private static void checkUnmodeled(String path, Map<String, Object> unmodeled, Set<String> specific,
			List<DesignViolation> violations) {
		for (String property : unmodeled.keySet()) {
			if (ITEM_PROPERTIES.contains(property) || specific.contains(property)) {
				violations.add(new DesignViolation(path,
						"`unmodeled` must not hold " + property + ": the facade writes it from the tile's own fields"));
			}
		}
	}

	private static void checkDuplicates(DesignIds ids, List<DesignViolation> violations) {
		Map<String, String> activityIds = new HashMap<>();
		for (DesignIds.Use<String> use : ids.activityIds) {
			String first = activityIds.putIfAbsent(use.id(), use.path());
			if (first != null) {
				violations.add(new DesignViolation(use.path(), "ActivityId " + use.id() + " is already used by " + first
						+ "; send stored ids back unchanged and only once"));
			}
		}
		Map<Integer, String> itemIds = new HashMap<>();
		for (DesignIds.Use<Integer> use : ids.itemIds) {
			String first = itemIds.putIfAbsent(use.id(), use.path());
			if (first != null) {
				violations.add(new DesignViolation(use.path(), "ActivityItemId " + use.id() + " is already used by "
						+ first + "; send stored ids back unchanged and only once"));
			}
		}
	}

	private static String describe(Tile tile) {
		if (tile instanceof UnknownTile) {
			return "a tile of type UNKNOWN (" + Tiles.wireType(tile) + ")";
		}
		return "a tile of type " + TileKind.of((TypedTile) tile).name();
	}

}
