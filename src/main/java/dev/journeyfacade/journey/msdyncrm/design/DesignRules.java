package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.DesignFields.DESIGN;
import static dev.journeyfacade.journey.msdyncrm.design.RawPair.DESIGNER_STATE;
import static dev.journeyfacade.journey.msdyncrm.design.RawPair.WORKFLOW_DEFINITION;

import dev.journeyfacade.journey.DesignFields;
import dev.journeyfacade.journey.DesignViolation;
import dev.journeyfacade.journey.FieldProblem;
import dev.journeyfacade.journey.JourneyTarget;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outbound design's rules for a request body, checked before Dataverse sees it (ADR
 * 9): a body sends either the tree ({@code design}) or, for experts, the raw pair
 * ({@code workflowDefinition} + {@code designerState}, both or neither), never both; a
 * tree must pass the codec's checks, and a raw definition must form one tree that passes
 * them too. Each broken rule names the field a caller has to change, down to the tile
 * ({@code design.tiles[0].next[1]}). Stateless and thread-safe.
 */
public final class DesignRules {

	static final String DESIGN_OR_RAW = "send either design or the raw pair workflowDefinition and designerState, "
			+ "not both";
	static final String DESIGN_PAIR = "workflowDefinition and designerState travel together: send both or neither";

	private final DesignValidator validator = new DesignValidator();

	/** Every broken design rule of a body's design fields. */
	public List<FieldProblem> check(DesignFields fields) {
		List<FieldProblem> problems = new ArrayList<>();
		RawPair raw = RawPair.of(fields.text());
		checkPair(fields, raw, problems);
		List<String> rawSent = new ArrayList<>();
		for (String field : List.of(WORKFLOW_DEFINITION, DESIGNER_STATE)) {
			if (fields.has(field)) {
				rawSent.add(field);
			}
		}
		if (fields.has(DESIGN) && !rawSent.isEmpty()) {
			problems.add(new FieldProblem(DESIGN,
					"cannot be sent together with " + String.join(" and ", rawSent) + ": " + DESIGN_OR_RAW));
		}
		if (fields.design() instanceof JourneyDesign design) {
			for (DesignViolation violation : validator.check(design)) {
				problems
					.add(new FieldProblem(violation.tileRef().isEmpty() ? DESIGN : DESIGN + "." + violation.tileRef(),
							violation.reason()));
			}
		}
		if (raw.workflowDefinition() != null) {
			// the raw string has no tree paths to point into: name the activity (or tile)
			// in the reason
			for (DesignViolation violation : validator.checkDefinition(raw.workflowDefinition())) {
				problems.add(new FieldProblem(WORKFLOW_DEFINITION, violation.tileRef().isEmpty() ? violation.reason()
						: violation.tileRef() + ": " + violation.reason()));
			}
		}
		return problems;
	}

	/**
	 * The raw strings travel together: both sent or neither, and both set or both
	 * cleared.
	 */
	private static void checkPair(DesignFields fields, RawPair raw, List<FieldProblem> problems) {
		boolean definition = fields.has(WORKFLOW_DEFINITION);
		boolean state = fields.has(DESIGNER_STATE);
		if (definition != state) {
			problems.add(new FieldProblem(definition ? DESIGNER_STATE : WORKFLOW_DEFINITION, DESIGN_PAIR));
		}
		else if (definition && (raw.workflowDefinition() == null) != (raw.designerState() == null)) {
			problems.add(new FieldProblem(raw.workflowDefinition() == null ? WORKFLOW_DEFINITION : DESIGNER_STATE,
					DESIGN_PAIR));
		}
	}

	/**
	 * Whom the tiles address: the journey's target, CONTACT (Dataverse's default) when
	 * unset or unknown.
	 */
	public static EntityTarget entityTarget(@Nullable JourneyTarget target) {
		return target == JourneyTarget.ACCOUNT ? EntityTarget.ACCOUNT : EntityTarget.CONTACT;
	}

}
