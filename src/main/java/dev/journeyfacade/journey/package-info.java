/**
 * The journey API, neutral to every backend: controller, API records and enums (names
 * only), service, the store port and the journey-level errors.
 */
@NullMarked
package dev.journeyfacade.journey;

import org.jspecify.annotations.NullMarked;
