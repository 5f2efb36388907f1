package dev.journeyfacade.journey;

/**
 * A journey's design as its backend models it. The journey API carries it in
 * {@code design} without looking inside; the backend reads it from JSON, checks it
 * ({@link JourneyStore#checkDesign}) and writes it in its own format (ADR 10). Beside it
 * a body may carry the backend's {@link DesignText}, a journey as read its
 * {@link StoredDesignText}.
 */
public interface Design {

}
