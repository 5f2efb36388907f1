package dev.journeyfacade.journey.msdyncrm.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Generic views of the tile records: their child lists by field name, and the record a
 * tile refers to.
 */
final class Tiles {

	/**
	 * Visits a tile with its path in the design tree and the field of its parent that
	 * lists it.
	 */
	interface Visitor {

		void visit(String path, Tile tile, String field);

	}

	private Tiles() {
	}

	/** The tile's child lists by JSON field name, in the order the codec writes them. */
	static Map<String, List<Tile>> children(Tile tile) {
		Map<String, List<Tile>> children = new LinkedHashMap<>();
		if (tile instanceof TriggerTile trigger) {
			children.put("yes", trigger.yes());
			children.put("no", trigger.no());
		}
		else if (tile instanceof SplitterTile splitter) {
			children.put("branches", splitter.branches());
		}
		else {
			children.put("next", ((HasNext) tile).next());
		}
		return children;
	}

	/**
	 * Depth first, parents before children: the order in which the codec writes
	 * activities.
	 */
	static void walk(List<Tile> tiles, String prefix, String field, Visitor visitor) {
		for (int i = 0; i < tiles.size(); i++) {
			Tile tile = tiles.get(i);
			String path = prefix + field + "[" + i + "]";
			visitor.visit(path, tile, field);
			children(tile).forEach((childField, list) -> walk(list, path + ".", childField, visitor));
		}
	}

	static void walk(JourneyDesign design, Visitor visitor) {
		walk(design.tiles(), "", "tiles", visitor);
	}

	/** The ActivityTypeId a tile is written with. */
	static @Nullable String wireType(Tile tile) {
		if (tile instanceof UnknownTile unknown) {
			Object type = unknown.activity().get(Wire.ACTIVITY_TYPE_ID);
			return type instanceof String text ? text : null;
		}
		return TileKind.of((TypedTile) tile).wire();
	}

}
