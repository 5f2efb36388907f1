package dev.journeyfacade.journey.msdyncrm.design;

/** Whom the journey's tiles address; written as each tile's {@code EntityTarget}. */
public enum EntityTarget {

	CONTACT, ACCOUNT

}
