package dev.journeyfacade.journey;

/**
 * A journey's design in its backend's stored format, as read: a read-only record of the
 * backend whose components are fields of a journey, carried unwrapped beside
 * {@code design}; a backend without such a format leaves it null (ADR 10).
 */
public interface StoredDesignText {

}
