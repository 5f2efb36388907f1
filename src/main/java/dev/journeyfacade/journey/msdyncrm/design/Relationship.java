package dev.journeyfacade.journey.msdyncrm.design;

/**
 * How a tile hangs below its parent (ParentRelationshipType), independent of the stored
 * spelling.
 */
enum Relationship {

	DEFAULT(Wire.DEFAULT_RELATIONSHIP), YES(Wire.YES_RELATIONSHIP), NO(Wire.NO_RELATIONSHIP),
	/**
	 * Below the root or a tile the facade does not model: whatever was stored is right.
	 */
	ANY(Wire.DEFAULT_RELATIONSHIP);

	private final String spelling;

	Relationship(String spelling) {
		this.spelling = spelling;
	}

	/** The spelling written for a tile whose placement is new. */
	String spelling() {
		return spelling;
	}

	/**
	 * Reads a stored value; the docs spell them yesBranch/noBranch/default, public
	 * samples also YesBranch/Default.
	 */
	static Relationship of(String stored) {
		if (Wire.YES_RELATIONSHIP.equalsIgnoreCase(stored)) {
			return YES;
		}
		if (Wire.NO_RELATIONSHIP.equalsIgnoreCase(stored)) {
			return NO;
		}
		return DEFAULT;
	}

	/** Whether a stored value still describes a tile placed with this relationship. */
	boolean accepts(String stored) {
		return this == ANY || (stored != null && of(stored) == this);
	}

}
