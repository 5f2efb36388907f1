package dev.journeyfacade.journey;

/**
 * How a real-time journey is created: as a draft, or published at once (which reaches
 * customers, so it has an endpoint and a permission of its own).
 */
public enum CreateMode {

	DRAFT, PUBLISH

}
