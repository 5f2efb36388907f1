package dev.journeyfacade.journey;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.journeyfacade.journey.design.JourneyDesign;
import dev.journeyfacade.journey.design.WorkflowDefinition;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A new journey; only the name is required (as in Dataverse). Also the body of a validation of an unsaved
 * journey. Dates are normalized to UTC minutes on the way in. The design comes as a tree ({@code design}) or,
 * for experts, as the raw pair of strings Dataverse stores; the service turns a tree into the pair.
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
        @Schema(description = JourneyDocs.DESIGN) JourneyDesign design,
        @Schema(description = JourneyDocs.WORKFLOW_DEFINITION,
                maxLength = 1_048_576)
        @Size(max = 1_048_576) String workflowDefinition,
        @Schema(description = JourneyDocs.DESIGNER_STATE, maxLength = 100_000)
        @Size(max = 100_000) String designerState) {

    public CreateJourneyRequest {
        startsAt = JourneyTimes.normalize(startsAt);
        endsAt = JourneyTimes.normalize(endsAt);
    }

    /** This journey with its design written as the two strings Dataverse stores, and no tree. */
    CreateJourneyRequest withDesignWritten(WorkflowDefinition written) {
        return new CreateJourneyRequest(id, name, type, target, requiredConsent, startsAt, endsAt, recurrence, timeZone,
                suppressionSegmentId, contentSettingsId, ownerId, null, written.definition(), written.designerState());
    }

    /**
     * Rules between fields: the end after the start, the design strings together, and the design (a tree or the
     * raw pair, not both) well-formed.
     */
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
            for (JourneyDesignRules.Problem problem : JourneyDesignRules.check(request.design() != null,
                    request.design(), rawSent(request), request.workflowDefinition())) {
                context.buildConstraintViolationWithTemplate(literal(problem.reason()))
                        .addPropertyNode(problem.field()).addConstraintViolation();
                valid = false;
            }
            return valid;
        }

        private static List<String> rawSent(CreateJourneyRequest request) {
            List<String> sent = new ArrayList<>();
            if (request.workflowDefinition() != null) {
                sent.add("workflowDefinition");
            }
            if (request.designerState() != null) {
                sent.add("designerState");
            }
            return sent;
        }

        /** A reason as a message template that reads literally: it may quote caller input with braces or $. */
        private static String literal(String reason) {
            return reason.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
