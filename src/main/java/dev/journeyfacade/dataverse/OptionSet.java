package dev.journeyfacade.dataverse;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;

/**
 * One Dataverse choice column (option set): API enum ↔ integer code, for the backends'
 * code tables. A code Dataverse returns that this table does not know reads as the enum's
 * UNKNOWN and is logged, never a failure: Microsoft adds values over time.
 */
@Slf4j
public final class OptionSet<E extends Enum<E>> {

	private final String field;

	private final E unknown;

	private final Map<E, Integer> codes;

	private final Map<Integer, E> values = new HashMap<>();

	public OptionSet(String field, E unknown, Map<E, Integer> codes) {
		this.field = field;
		this.unknown = unknown;
		this.codes = new EnumMap<>(codes);
		codes.forEach((value, code) -> values.put(code, value));
	}

	/** The enum of a code; null stays null. */
	public @Nullable E value(@Nullable Integer code) {
		if (code == null) {
			return null;
		}
		E value = values.get(code);
		if (value == null) {
			log.warn("Dataverse returned {} = {}, a code this service does not know; it reads as {}", field, code,
					unknown);
			return unknown;
		}
		return value;
	}

	/**
	 * The code of an enum; null stays null. UNKNOWN has none: the API refuses it on
	 * input.
	 */
	public @Nullable Integer code(@Nullable E value) {
		if (value == null) {
			return null;
		}
		Integer code = codes.get(value);
		if (code == null) {
			throw new IllegalArgumentException(field + " has no code for " + value);
		}
		return code;
	}

}
