package dev.journeyfacade.web;

import dev.journeyfacade.dataverse.DataverseLimits;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives every string, array and integer of the OpenAPI document an upper bound, so a
 * client (and a reviewer running the OWASP API ruleset) sees how large a value can be.
 * The limits the facade enforces are on the fields already, read from the constants the
 * validation uses ({@code @Size}, {@code @Max}, {@code maxLength}); this fills in only
 * what has none, with the sizes Dataverse fixes: a GUID is 36 characters, a date-time at
 * most {@value #DATE_TIME_MAX}, and any other text the API reads from Dataverse or writes
 * into it (names, descriptions, the design's tiles, which are stored in the workflow
 * definition) fits in Dataverse's longest text column, as does any list of them. A list
 * of enum values needs no more items than the enum has; an integer is bounded by its
 * format. Runs after every other customizer, so the parts they add are bounded too.
 */
@Component
class OpenApiBounds implements OpenApiCustomizer {

	/**
	 * The longest ISO-8601 date-time Dataverse can hold, with nanoseconds and an offset:
	 * {@code 9999-12-31T23:59:59.999999999+14:00}.
	 */
	static final int DATE_TIME_MAX = 35;

	/** The schema (and everything in it) with these bounds where it has none. */
	static <T extends Schema<?>> T bounded(T schema) {
		bound(schema, null, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
		return schema;
	}

	@Override
	public void customise(OpenAPI openApi) {
		Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		Map<String, Schema> schemas = openApi.getComponents() != null ? openApi.getComponents().getSchemas() : null;
		if (schemas != null) {
			schemas.values().forEach(schema -> bound(schema, schemas, seen));
		}
		if (openApi.getPaths() == null) {
			return;
		}
		for (PathItem path : openApi.getPaths().values()) {
			for (Operation operation : path.readOperations()) {
				if (operation.getParameters() != null) {
					for (Parameter parameter : operation.getParameters()) {
						bound(parameter.getSchema(), schemas, seen);
					}
				}
				if (operation.getRequestBody() != null) {
					bound(operation.getRequestBody().getContent(), schemas, seen);
				}
				if (operation.getResponses() != null) {
					for (ApiResponse response : operation.getResponses().values()) {
						bound(response.getContent(), schemas, seen);
						if (response.getHeaders() != null) {
							for (Header header : response.getHeaders().values()) {
								bound(header.getSchema(), schemas, seen);
							}
						}
					}
				}
			}
		}
	}

	private static void bound(Content content, Map<String, Schema> schemas, Set<Schema<?>> seen) {
		if (content != null) {
			for (MediaType media : content.values()) {
				bound(media.getSchema(), schemas, seen);
			}
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void bound(Schema<?> schema, Map<String, Schema> schemas, Set<Schema<?>> seen) {
		if (schema == null || !seen.add(schema)) {
			return;
		}
		if (is(schema, "string") && schema.getMaxLength() == null && schema.getEnum() == null
				&& schema.getConst() == null) {
			schema.setMaxLength(maxLength(schema.getFormat()));
		}
		if (is(schema, "array") && schema.getMaxItems() == null) {
			Integer values = enumSize(schema.getItems(), schemas);
			schema.setMaxItems(values != null ? values : DataverseLimits.TEXT_MAX);
		}
		if (is(schema, "integer")) {
			boolean int64 = "int64".equals(schema.getFormat());
			if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
				schema.setMinimum(BigDecimal.valueOf(int64 ? Long.MIN_VALUE : Integer.MIN_VALUE));
			}
			if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
				schema.setMaximum(BigDecimal.valueOf(int64 ? Long.MAX_VALUE : Integer.MAX_VALUE));
			}
		}
		bound(schema.getItems(), schemas, seen);
		if (schema.getProperties() != null) {
			((Map<String, Schema>) (Map) schema.getProperties()).values().forEach(s -> bound(s, schemas, seen));
		}
		for (List<Schema> composed : List.of(nullToEmpty(schema.getAllOf()), nullToEmpty(schema.getOneOf()),
				nullToEmpty(schema.getAnyOf()))) {
			composed.forEach(s -> bound(s, schemas, seen));
		}
		if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
			bound(additional, schemas, seen);
		}
	}

	private static int maxLength(String format) {
		if ("uuid".equals(format)) {
			return DataverseLimits.GUID_LENGTH;
		}
		return "date-time".equals(format) ? DATE_TIME_MAX : DataverseLimits.TEXT_MAX;
	}

	/**
	 * The number of values of an enum the items are (inline or by reference); or null.
	 */
	@SuppressWarnings("rawtypes")
	private static Integer enumSize(Schema<?> items, Map<String, Schema> schemas) {
		if (items == null) {
			return null;
		}
		Schema<?> resolved = items;
		if (items.get$ref() != null && schemas != null) {
			resolved = schemas.get(items.get$ref().substring(items.get$ref().lastIndexOf('/') + 1));
		}
		return resolved != null && resolved.getEnum() != null ? resolved.getEnum().size() : null;
	}

	/** OpenAPI 3.1 names the types in a set ({@code types}); 3.0 in {@code type}. */
	private static boolean is(Schema<?> schema, String type) {
		return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
	}

	@SuppressWarnings("rawtypes")
	private static List<Schema> nullToEmpty(List<Schema> list) {
		return list == null ? List.of() : list;
	}

}
