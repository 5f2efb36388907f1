package dev.journeyfacade.journey.msdyncrm.design;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every tile kind the facade models ({@link TileKind}) has: ids as stored, its title
 * and description, unmodeled properties.
 */
interface TypedTile extends Tile {

	StoredIds stored();

	String name();

	Boolean nameSystemDefined();

	String description();

	Map<String, Object> unmodeled();

	/**
	 * The record id its header item refers to (its ItemId), or null for kinds that refer
	 * to none.
	 */
	default @Nullable String reference() {
		return null;
	}

}
