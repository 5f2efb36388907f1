/** The validation report of a journey, as the API shows it (pure Java). */
package dev.journeyfacade.journey.validation;
