package dev.journeyfacade.journey;

import java.util.Set;

/**
 * A journey's design in its backend's stored format, as an expert sends it instead of
 * {@code design}: a record of the backend whose components are fields of the request
 * body, carried unwrapped beside {@code design}. The journey API never looks inside; the
 * backend checks it ({@link JourneyStore#checkDesign}) and writes it as it is (ADR 10).
 */
public interface DesignText {

	/** The API names of its fields that have a value. */
	Set<String> present();

}
