package dev.journeyfacade.web;

import org.springframework.validation.BindingResult;

/**
 * Input whose fields break rules checked by a feature itself rather than by Bean
 * Validation on a bound argument (a merge patch, say): the advice answers it as it
 * answers an invalid body, one 400 {@code validation-failed} listing every bad field.
 */
public class InvalidFields extends RuntimeException {

	private final transient BindingResult errors;

	public InvalidFields(BindingResult errors) {
		super("invalid input: " + errors.getErrorCount() + " error(s)");
		this.errors = errors;
	}

	public BindingResult errors() {
		return errors;
	}

}
