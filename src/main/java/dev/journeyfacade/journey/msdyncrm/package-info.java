/**
 * The outbound-marketing backend ({@code msdyncrm_customerjourney}): the journey store,
 * the entity's names and option-set codes, the one mapper, its lifecycle table and fault
 * messages; its design format and pickers below.
 */
@NullMarked
package dev.journeyfacade.journey.msdyncrm;

import org.jspecify.annotations.NullMarked;
