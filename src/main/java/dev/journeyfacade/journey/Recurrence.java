package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * How a recurring journey repeats. A journey without recurrence has
 * {@code recurrence: null}.
 *
 * @param intervalDays length of one iteration in days
 * @param count number of iterations
 */
@Schema(description = "Repetition of a recurring journey: `count` iterations of `intervalDays` days each. "
		+ "The journey's end date must leave room for all of them. `null` on a journey means not recurring.")
public record Recurrence(
		@Schema(description = "Length of one iteration in days (a non-negative integer).", example = "30",
				requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Min(0) @Nullable Integer intervalDays,
		@Schema(description = "Number of iterations (a non-negative integer).", example = "3",
				requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Min(0) @Nullable Integer count) {
}
