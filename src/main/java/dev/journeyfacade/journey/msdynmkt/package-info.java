/**
 * The real-time journey backend ({@code msdynmkt_journey}): the journey store, the
 * entity's names and codes, the template action and the JSONPath edits it takes, its
 * error messages, the recognition of repeated creates, and the templates picker.
 */
@NullMarked
package dev.journeyfacade.journey.msdynmkt;

import org.jspecify.annotations.NullMarked;
