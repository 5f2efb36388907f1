package dev.journeyfacade.journey;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * Refuses the {@code UNKNOWN} value of an API enum on input: it only exists to read codes
 * Dataverse may add later, so a caller can never send it back. Null is valid (use
 * {@code @NotNull} where a value is required).
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Constraint(validatedBy = NotUnknown.Validator.class)
public @interface NotUnknown {

	/** The name of every API enum's value for codes the service does not know. */
	String UNKNOWN = "UNKNOWN";

	String message() default UNKNOWN + " is read-only and cannot be sent";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks any enum by its name, so all four API enums share one rule. */
	class Validator implements ConstraintValidator<NotUnknown, Enum<?>> {

		@Override
		public boolean isValid(Enum<?> value, ConstraintValidatorContext context) {
			return !isUnknown(value);
		}

		/** Whether this is an API enum's UNKNOWN. */
		static boolean isUnknown(@Nullable Enum<?> value) {
			return value != null && UNKNOWN.equals(value.name());
		}

	}

}
