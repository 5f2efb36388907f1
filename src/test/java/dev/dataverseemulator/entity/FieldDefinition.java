package dev.dataverseemulator.entity;

import dev.dataverseemulator.odata.EdmType;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/**
 * One attribute of an entity and the rules a written value must pass.
 *
 * @param name logical name, as in payloads and {@code $select}
 * @param type its OData type (choice columns are {@code Edm.Int32})
 * @param maxLength the longest text accepted (text only)
 * @param choices the accepted codes of a choice column; empty for other types
 * @param min smallest whole number accepted (numbers only)
 * @param max largest whole number accepted (numbers only)
 * @param precision what a date is truncated to when stored (Dataverse ignores a journey's
 * seconds)
 * @param writable false for system columns ({@code createdon}, {@code modifiedon}), which
 * writes ignore
 * @param labels the documented label of each choice code, for formatted values; empty
 * when not known
 */
public record FieldDefinition(String name, EdmType type, int maxLength, Set<Integer> choices, int min, int max,
		ChronoUnit precision, boolean writable, Map<Integer, String> labels) {

	static FieldDefinition key(String name) {
		return new FieldDefinition(name, EdmType.GUID, 0, Set.of(), 0, 0, null, true, Map.of());
	}

	static FieldDefinition text(String name, int maxLength) {
		return new FieldDefinition(name, EdmType.STRING, maxLength, Set.of(), 0, 0, null, true, Map.of());
	}

	static FieldDefinition choice(String name, Integer... codes) {
		return new FieldDefinition(name, EdmType.INT32, 0, Set.of(codes), Integer.MIN_VALUE, Integer.MAX_VALUE, null,
				true, Map.of());
	}

	/** A choice column whose labels Microsoft's entity reference documents. */
	static FieldDefinition choice(String name, Map<Integer, String> labels) {
		return new FieldDefinition(name, EdmType.INT32, 0, Set.copyOf(labels.keySet()), Integer.MIN_VALUE,
				Integer.MAX_VALUE, null, true, Map.copyOf(labels));
	}

	static FieldDefinition whole(String name, int min, int max) {
		return new FieldDefinition(name, EdmType.INT32, 0, Set.of(), min, max, null, true, Map.of());
	}

	static FieldDefinition yesNo(String name) {
		return new FieldDefinition(name, EdmType.BOOLEAN, 0, Set.of(), 0, 0, null, true, Map.of());
	}

	static FieldDefinition dateTime(String name, ChronoUnit precision) {
		return new FieldDefinition(name, EdmType.DATETIME, 0, Set.of(), 0, 0, precision, true, Map.of());
	}

	static FieldDefinition system(String name) {
		return new FieldDefinition(name, EdmType.DATETIME, 0, Set.of(), 0, 0, ChronoUnit.SECONDS, false, Map.of());
	}
}
