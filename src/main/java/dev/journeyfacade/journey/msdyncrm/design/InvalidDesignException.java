package dev.journeyfacade.journey.msdyncrm.design;

import dev.journeyfacade.journey.DesignViolation;
import java.util.List;

/**
 * A design or workflow definition that breaks the rules; carries every violation found,
 * not only the first.
 */
public class InvalidDesignException extends RuntimeException {

	private final transient List<DesignViolation> violations;

	public InvalidDesignException(List<DesignViolation> violations) {
		super(summary(violations));
		this.violations = List.copyOf(violations);
	}

	public List<DesignViolation> violations() {
		return violations;
	}

	private static String summary(List<DesignViolation> violations) {
		StringBuilder text = new StringBuilder("Invalid journey design:");
		for (DesignViolation v : violations) {
			text.append(' ')
				.append(v.tileRef().isEmpty() ? "design" : v.tileRef())
				.append(": ")
				.append(v.reason())
				.append(';');
		}
		return text.substring(0, text.length() - 1);
	}

}
