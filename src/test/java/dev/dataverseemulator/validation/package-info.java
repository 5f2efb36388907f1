/**
 * The emulator's "Check for errors": the {@code msdyncrm_CustomerJourneyValidate} checks
 * and their result shape.
 */
package dev.dataverseemulator.validation;
