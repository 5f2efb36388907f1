package dev.journeyfacade.journey;

import org.springframework.validation.BindingResult;

/** Every problem found in an update body; the controller turns it into Spring's usual 400 for invalid bodies. */
class InvalidPatchException extends RuntimeException {

    private final transient BindingResult errors;

    InvalidPatchException(BindingResult errors) {
        super("invalid update: " + errors.getErrorCount() + " error(s)");
        this.errors = errors;
    }

    BindingResult errors() {
        return errors;
    }
}
