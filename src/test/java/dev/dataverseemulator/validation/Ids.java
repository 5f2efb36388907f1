package dev.dataverseemulator.validation;

import java.util.Optional;
import java.util.UUID;

/**
 * GUIDs as the validate action writes them: {@code {6628BBF7-…}}, braces optional, any
 * case.
 */
final class Ids {

	private Ids() {
	}

	static Optional<UUID> parse(String text) {
		String s = text.trim();
		if (s.startsWith("{") && s.endsWith("}")) {
			s = s.substring(1, s.length() - 1);
		}
		if (s.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(s));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}
