/** The outbound journey editor's pickers: segments, marketing emails and content settings. */
package dev.journeyfacade.journey.msdyncrm.picker;
