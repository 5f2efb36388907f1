package dev.journeyfacade.journey.msdyncrm.design;

import dev.journeyfacade.journey.Design;
import dev.journeyfacade.journey.DesignText;
import dev.journeyfacade.journey.StoredDesignText;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the outbound design reads from the journey API's JSON: a {@code design} is a
 * {@link JourneyDesign}, the design text beside it the {@link RawPair} (read:
 * {@link StoredRawPair}), and a tile's {@code type} names one of
 * {@link TileKind#types()}. Spring Boot adds every Jackson module bean to the
 * application's JSON mapper; tests add it to theirs.
 */
public final class DesignJsonModule extends SimpleModule {

	public DesignJsonModule() {
		super("outbound-journey-design");
		addAbstractTypeMapping(Design.class, JourneyDesign.class);
		addAbstractTypeMapping(DesignText.class, RawPair.class);
		addAbstractTypeMapping(StoredDesignText.class, StoredRawPair.class);
		TileKind.types().forEach((name, type) -> registerSubtypes(new NamedType(type, name)));
	}

}
