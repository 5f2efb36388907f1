package dev.journeyfacade.journey.msdyncrm.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defensive copies for the design records: null becomes empty, order is kept, JSON nulls
 * survive in maps.
 */
final class Copies {

	private Copies() {
	}

	static <T> List<T> list(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	static Map<String, Object> map(Map<String, Object> map) {
		return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	/**
	 * Like {@link #map} but keeps null as null: for values whose absence means something.
	 */
	static Map<String, Object> mapOrNull(Map<String, Object> map) {
		return map == null ? null : map(map);
	}

}
