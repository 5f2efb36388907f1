package dev.journeyfacade.journey.msdyncrm.design;

/**
 * Schema descriptions shared by the tile records (annotation values must be constants).
 */
final class SchemaText {

	static final String STORED = "Ids as stored in Dataverse, assigned by the facade: send back unchanged to keep the "
			+ "tile's identity, leave out on a new tile.";
	static final String NAME = "Title shown on the tile (Name).";
	static final String NAME_SYSTEM_DEFINED = "True when the designer may replace the title with the chosen record's "
			+ "name (IsNameSystemDefined); a new tile defaults to true.";
	static final String DESCRIPTION = "Description shown on the tile.";
	static final String DESCRIPTION_EXAMPLE = "For contacts who signed up this spring";
	static final String UNMODELED = "Tile properties the facade does not model (for example a trigger's conditions), "
			+ "carried through unchanged. Must not repeat a modelled property.";

	/**
	 * Tile lists refer to the Tile schema by name: resolving it again inside a tile would
	 * recurse.
	 */
	static final String TILE_REF = "#/components/schemas/Tile";
	static final String NEXT = "Tiles that follow this one, in order (more than one means parallel flows).";

	private SchemaText() {
	}

}
