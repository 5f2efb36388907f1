package dev.journeyfacade.journey;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A new journey; only the name is required (as in Dataverse). Also the body of a validation of an unsaved
 * journey. Dates are normalized to UTC minutes on the way in.
 */
@Schema(description = "A new journey. Only `name` is required; everything else may be set later.")
@CreateJourneyRequest.Consistent
public record CreateJourneyRequest(
        @Schema(description = "Optional client-chosen id (a GUID). A create that is repeated with the same id "
                + "never makes a second journey: it answers 200 with the journey made the first time. "
                + "Takes precedence over the Idempotency-Key header.", example = JourneyDocs.ID_EXAMPLE)
        UUID id,
        @Schema(description = JourneyDocs.NAME, example = JourneyDocs.NAME_EXAMPLE,
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100)
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Kind of journey; Dataverse's default (AUTOMATED) when absent.")
        @NotUnknown JourneyType type,
        @Schema(description = "Kind of record addressed; Dataverse's default (CONTACT) when absent.")
        @NotUnknown Target target,
        @Schema(description = "Minimum consent a contact needs to enter the journey.")
        @NotUnknown RequiredConsent requiredConsent,
        @Schema(description = JourneyDocs.STARTS_AT, example = JourneyDocs.DATE_EXAMPLE) OffsetDateTime startsAt,
        @Schema(description = JourneyDocs.ENDS_AT, example = JourneyDocs.END_EXAMPLE) OffsetDateTime endsAt,
        @Schema(description = "How the journey repeats; absent or null when it is not recurring.")
        @Valid Recurrence recurrence,
        @Schema(description = JourneyDocs.TIME_ZONE, example = JourneyDocs.TIME_ZONE_EXAMPLE)
        @Min(-1500) @Max(1500) Integer timeZone,
        @Schema(description = JourneyDocs.SUPPRESSION_SEGMENT, example = JourneyDocs.SEGMENT_EXAMPLE) UUID suppressionSegmentId,
        @Schema(description = JourneyDocs.CONTENT_SETTINGS, example = JourneyDocs.CONTENT_SETTINGS_EXAMPLE) UUID contentSettingsId,
        @Schema(description = JourneyDocs.OWNER, example = JourneyDocs.OWNER_EXAMPLE) UUID ownerId,
        @Schema(description = JourneyDocs.WORKFLOW_DEFINITION, example = JourneyDocs.WORKFLOW_DEFINITION_EXAMPLE,
                maxLength = 1_048_576)
        @Size(max = 1_048_576) String workflowDefinition,
        @Schema(description = JourneyDocs.DESIGNER_STATE, example = JourneyDocs.DESIGNER_STATE_EXAMPLE, maxLength = 100_000)
        @Size(max = 100_000) String designerState) {

    public CreateJourneyRequest {
        startsAt = JourneyTimes.normalize(startsAt);
        endsAt = JourneyTimes.normalize(endsAt);
    }

    /** Rules between fields: the end after the start, and the design strings together. */
    @Documented
    @Retention(RUNTIME)
    @java.lang.annotation.Target(TYPE) // qualified: Target is also our enum
    @Constraint(validatedBy = ConsistentValidator.class)
    @interface Consistent {
        String message() default "inconsistent journey";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Reports each broken rule on the field a caller has to change. */
    static class ConsistentValidator implements ConstraintValidator<Consistent, CreateJourneyRequest> {

        @Override
        public boolean isValid(CreateJourneyRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (JourneyTimes.endsTooEarly(request.startsAt(), request.endsAt())) {
                context.buildConstraintViolationWithTemplate(JourneyRules.ENDS_TOO_EARLY)
                        .addPropertyNode("endsAt").addConstraintViolation();
                valid = false;
            }
            if ((request.workflowDefinition() == null) != (request.designerState() == null)) {
                String missing = request.workflowDefinition() == null ? "workflowDefinition" : "designerState";
                context.buildConstraintViolationWithTemplate(JourneyRules.DESIGN_PAIR)
                        .addPropertyNode(missing).addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
