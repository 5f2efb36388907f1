package dev.journeyfacade.journey.msdyncrm.design;

import java.util.Map;

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

}
