package dev.journeyfacade.journey;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The update body as the merge patch it is (RFC 7396): every field a patch may send as
 * {@code null} to clear it is nullable in the document ({@code type: [..., "null"]}, or a
 * reference or {@code null}), so a typed client can send {@code "recurrence": null}. Only
 * the name cannot be cleared ({@link JourneyInput} refuses a null one).
 */
@Component
class MergePatchApiDocs implements OpenApiCustomizer {

	static final String SCHEMA = "UpdateJourneyRequest";

	/** The fields a patch may not clear. */
	static final Set<String> NOT_CLEARABLE = Set.of("name");

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public void customise(OpenAPI openApi) {
		Schema<?> patch = openApi.getComponents() == null || openApi.getComponents().getSchemas() == null ? null
				: openApi.getComponents().getSchemas().get(SCHEMA);
		if (patch == null || patch.getProperties() == null) {
			return;
		}
		Map<String, Schema> properties = (Map<String, Schema>) (Map) patch.getProperties();
		properties.replaceAll((name, property) -> NOT_CLEARABLE.contains(name) ? property : nullable(property));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema nullable(Schema property) {
		if (property.get$ref() != null) {
			// OpenAPI 3.1: a reference cannot carry a type of its own, so the field is
			// the
			// referenced schema or null.
			Schema reference = new Schema<>().$ref(property.get$ref());
			Schema none = new Schema<>();
			none.setTypes(Set.of("null"));
			Schema either = new Schema<>().anyOf(List.of(reference, none));
			either.setDescription(property.getDescription());
			return either;
		}
		Set<String> types = new LinkedHashSet<>();
		if (property.getTypes() != null) {
			types.addAll(property.getTypes());
		}
		else if (property.getType() != null) {
			types.add(property.getType());
		}
		types.add("null");
		property.setTypes(types);
		return property;
	}

}
