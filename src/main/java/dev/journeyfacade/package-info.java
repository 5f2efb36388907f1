/** The journey facade: its entry point; the features in the packages below (ADR 10). */
@NullMarked
package dev.journeyfacade;

import org.jspecify.annotations.NullMarked;
