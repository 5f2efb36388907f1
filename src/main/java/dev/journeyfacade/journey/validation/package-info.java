/** The validation report of a journey, as the API shows it (pure Java). */
@NullMarked
package dev.journeyfacade.journey.validation;

import org.jspecify.annotations.NullMarked;
