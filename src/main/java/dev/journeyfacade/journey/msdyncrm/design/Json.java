package dev.journeyfacade.journey.msdyncrm.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The codec's own JSON mapper and the conversions between the API's plain maps and
 * Jackson trees.
 */
final class Json {

	/**
	 * Default settings write compact JSON without escaping {@code /} or non-ASCII text,
	 * which is how the journey designer's own serializer writes: that is what makes
	 * byte-identical output possible.
	 */
	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private Json() {
	}

	static ObjectNode object() {
		return JsonNodeFactory.instance.objectNode();
	}

	static JsonNode parse(String json) {
		return MAPPER.readTree(json);
	}

	static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/**
	 * An unmodifiable copy, nested objects and arrays included: a decoded design may be
	 * shared between requests.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> toMap(JsonNode node) {
		return (Map<String, Object>) frozen(MAPPER.convertValue(node, MAP));
	}

	/** Like {@link #toMap} for any JSON value. */
	static Object toValue(JsonNode node) {
		return frozen(MAPPER.convertValue(node, Object.class));
	}

	private static Object frozen(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((name, item) -> copy.put((String) name, frozen(item)));
			return Collections.unmodifiableMap(copy);
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach(item -> copy.add(frozen(item)));
			return Collections.unmodifiableList(copy);
		}
		return value;
	}

	static ObjectNode toNode(Map<String, Object> map) {
		return MAPPER.valueToTree(map);
	}

	static JsonNode toNode(Object value) {
		return MAPPER.valueToTree(value);
	}

	/**
	 * The text of a string property, or null when the property is absent or not a string.
	 */
	static @Nullable String text(JsonNode node, String property) {
		JsonNode value = node.get(property);
		return value != null && value.isString() ? value.stringValue() : null;
	}

	/**
	 * The value of an int property, or null when the property is absent or not an int.
	 */
	static @Nullable Integer integer(JsonNode node, String property) {
		JsonNode value = node.get(property);
		return value != null && value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : null;
	}

}
