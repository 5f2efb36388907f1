package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.Wire.ENTITY_TARGET;

import dev.journeyfacade.journey.msdyncrm.design.FlatDefinition.Activity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a checked flat definition into the design tree. Each activity of a modelled type
 * is read into its record and then written again on the spot; only if that reproduces the
 * activity exactly (as JSON) is the record used, otherwise the activity is kept whole as
 * an {@link UnknownTile}. That check is what makes the read lossless whatever the
 * designer (or a custom channel) put into a definition.
 */
final class DesignReader {

	private final FlatDefinition flat;

	DesignReader(FlatDefinition flat) {
		this.flat = flat;
	}

	JourneyDesign read() {
		List<Tile> tiles = new ArrayList<>();
		for (Activity child : flat.children(flat.root())) {
			tiles.add(tile(child));
		}
		return new JourneyDesign(Json.toMap(flat.root().node()), tiles);
	}

	private Tile tile(Activity activity) {
		List<Activity> children = flat.children(activity);
		List<Tile> next = new ArrayList<>();
		for (Activity child : children) {
			next.add(tile(child));
		}
		Optional<TileKind> kind = TileKind.ofWire(activity.typeId());
		if (kind.isPresent()) {
			try {
				TypedTile typed = typed(kind.get(), activity, children, next);
				if (reproduces(typed, activity)) {
					return typed;
				}
			}
			catch (TileReader.NotTypeable e) {
				// kept whole below
			}
		}
		return new UnknownTile(Json.toMap(activity.node()), next);
	}

	private TypedTile typed(TileKind kind, Activity activity, List<Activity> children, List<Tile> next)
			throws TileReader.NotTypeable {
		// the journey's target is written on encode: only a tile that has a valid one
		// reads back the same
		if (Wire.entityTarget(Json.text(activity.node(), ENTITY_TARGET)).isEmpty()) {
			throw new TileReader.NotTypeable();
		}
		List<Tile> yes = new ArrayList<>();
		List<Tile> no = new ArrayList<>();
		for (int i = 0; i < children.size(); i++) {
			String stored = children.get(i).relationship();
			Relationship relationship = stored == null ? null : Relationship.of(stored);
			if (kind != TileKind.TRIGGER && relationship != Relationship.DEFAULT) {
				throw new TileReader.NotTypeable();
			}
			else if (kind == TileKind.TRIGGER && relationship == Relationship.YES) {
				yes.add(next.get(i));
			}
			else if (kind == TileKind.TRIGGER && relationship == Relationship.NO) {
				no.add(next.get(i));
			}
			else if (kind == TileKind.TRIGGER) {
				throw new TileReader.NotTypeable();
			}
		}
		if (kind == TileKind.TRIGGER && !yesNumberedBeforeNo(children)) {
			throw new TileReader.NotTypeable();
		}
		return TileReader.read(kind, activity.node(), next, yes, no);
	}

	/**
	 * The writer numbers a trigger's yes branch before its no branch; the stored branch
	 * ids must agree.
	 */
	private static boolean yesNumberedBeforeNo(List<Activity> children) {
		int lastYes = Integer.MIN_VALUE;
		int firstNo = Integer.MAX_VALUE;
		for (Activity child : children) {
			if (child.branchId() == null) {
				return false;
			}
			if (Relationship.of(child.relationship()) == Relationship.YES) {
				lastYes = Math.max(lastYes, child.branchId());
			}
			else {
				firstNo = Math.min(firstNo, child.branchId());
			}
		}
		return lastYes <= firstNo;
	}

	private static boolean reproduces(TypedTile tile, Activity activity) {
		StoredIds stored = tile.stored();
		TileJson.Links links = new TileJson.Links(stored.parentActivityId(), stored.parentBranchId(),
				stored.parentRelationshipType());
		return TileJson.activity(tile, stored.activityId(), links, Json.text(activity.node(), ENTITY_TARGET), () -> {
			throw new IllegalStateException("a tile read from a definition has all its item ids");
		}).equals(activity.node());
	}

}
