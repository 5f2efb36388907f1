package dev.journeyfacade.journey.msdyncrm.design;

import java.util.List;

/** A tile followed by a plain list of tiles (every kind except trigger and splitter). */
interface HasNext {

	List<Tile> next();

}
