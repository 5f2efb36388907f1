package dev.journeyfacade.journey;

import dev.journeyfacade.journey.design.DesignValidator;
import dev.journeyfacade.journey.design.DesignViolation;
import dev.journeyfacade.journey.design.EntityTarget;
import dev.journeyfacade.journey.design.JourneyDesign;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's rules for the design in a request body, checked before Dataverse sees it: a body sends either the
 * tree ({@code design}) or the raw pair ({@code workflowDefinition} + {@code designerState}) for experts, never
 * both; a tree must pass the codec's checks, and a raw definition must form one tree that passes them too. Each
 * broken rule names the field a caller has to change, down to the tile ({@code design.tiles[0].next[1]}).
 */
final class JourneyDesignRules {

    static final String DESIGN_OR_RAW = "send either design or the raw pair workflowDefinition and designerState, "
            + "not both";

    private static final DesignValidator VALIDATOR = new DesignValidator();

    private JourneyDesignRules() {
    }

    /** A broken rule: the field, as a path into the body, and why. */
    record Problem(String field, String reason) {
    }

    /**
     * Every broken design rule of a body.
     *
     * @param designSent         whether the body has a {@code design} (in a merge patch, also a null one)
     * @param design             the tree, or null
     * @param rawSent            API names of the raw strings the body has (in a merge patch, also null ones)
     * @param workflowDefinition the raw definition, or null
     */
    static List<Problem> check(boolean designSent, JourneyDesign design, List<String> rawSent,
                               String workflowDefinition) {
        List<Problem> problems = new ArrayList<>();
        if (designSent && !rawSent.isEmpty()) {
            problems.add(new Problem("design", "cannot be sent together with " + String.join(" and ", rawSent)
                    + ": " + DESIGN_OR_RAW));
        }
        if (design != null) {
            for (DesignViolation violation : VALIDATOR.check(design)) {
                problems.add(new Problem(violation.tileRef().isEmpty() ? "design" : "design." + violation.tileRef(),
                        violation.reason()));
            }
        }
        if (workflowDefinition != null) {
            // the raw string has no tree paths to point into: name the activity (or tile) in the reason
            for (DesignViolation violation : VALIDATOR.checkDefinition(workflowDefinition)) {
                problems.add(new Problem("workflowDefinition", violation.tileRef().isEmpty() ? violation.reason()
                        : violation.tileRef() + ": " + violation.reason()));
            }
        }
        return problems;
    }

    /** Whom the tiles address: the journey's target, CONTACT (Dataverse's default) when unset or unknown. */
    static EntityTarget entityTarget(Target target) {
        return target == Target.ACCOUNT ? EntityTarget.ACCOUNT : EntityTarget.CONTACT;
    }
}
