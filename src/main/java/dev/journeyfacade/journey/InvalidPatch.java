package dev.journeyfacade.journey;

import dev.journeyfacade.web.InvalidFields;
import org.springframework.validation.BindingResult;

/**
 * Every problem found in an update body (a merge patch): one 400 that lists every bad
 * field.
 */
class InvalidPatch extends InvalidFields {

	InvalidPatch(BindingResult errors) {
		super(errors);
	}

}
