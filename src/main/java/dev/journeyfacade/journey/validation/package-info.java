/** The validation report of a journey and readable messages for Dataverse's fault codes (pure Java). */
package dev.journeyfacade.journey.validation;
