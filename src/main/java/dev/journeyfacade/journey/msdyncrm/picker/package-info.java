/**
 * The outbound journey editor's pickers: segments, marketing emails and content settings.
 */
@NullMarked
package dev.journeyfacade.journey.msdyncrm.picker;

import org.jspecify.annotations.NullMarked;
