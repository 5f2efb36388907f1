/** Read-only pickers for the journey editor: segments, marketing emails and content settings. */
package dev.journeyfacade.picker;
