package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.journeyfacade.journey.Design;
import dev.journeyfacade.journey.DesignText;
import dev.journeyfacade.journey.StoredDesignText;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbound design in the application: its codec and rules for the store, its JSON for
 * the journey API's {@code design}, and its schema in the OpenAPI document (the API's
 * {@code design} is documented as {@link JourneyDesign}).
 */
@Configuration(proxyBeanMethods = false)
class DesignConfiguration {

	static {
		SpringDocUtils.getConfig().replaceWithClass(Design.class, JourneyDesign.class);
		documentTileKinds();
	}

	/**
	 * Tells swagger-core, which reads Jackson 2 annotations, the tile kinds
	 * {@link DesignJsonModule} registers with Jackson: each kind then becomes a schema
	 * that extends Tile. Once per JVM (both of swagger-core's mappers).
	 */
	static synchronized void documentTileKinds() {
		for (ObjectMapper mapper : List.of(Json.mapper(), Json31.mapper())) {
			AnnotationIntrospector current = mapper.getSerializationConfig().getAnnotationIntrospector();
			if (!current.allIntrospectors().stream().anyMatch(TileSubtypes.class::isInstance)) {
				mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(new TileSubtypes(), current));
			}
		}
	}

	/**
	 * The subtypes of Tile, from {@link TileKind}: what {@code @JsonSubTypes} on Tile
	 * would list.
	 */
	static final class TileSubtypes extends NopAnnotationIntrospector {

		@Override
		public List<NamedType> findSubtypes(Annotated annotated) {
			if (annotated.getRawType() != Tile.class) {
				return null;
			}
			List<NamedType> subtypes = new ArrayList<>();
			TileKind.types().forEach((name, type) -> subtypes.add(new NamedType(type, name)));
			return subtypes;
		}

	}

	/**
	 * Stateless and thread-safe: writes designs for the store and reads stored ones for
	 * the mapper.
	 */
	@Bean
	DesignCodec designCodec() {
		return new DesignCodec();
	}

	@Bean
	DesignRules designRules() {
		return new DesignRules();
	}

	@Bean
	DesignJsonModule designJsonModule() {
		return new DesignJsonModule();
	}

	/**
	 * Documents the journey API's design text as the raw pair, its fields unwrapped like
	 * Jackson writes them. Springdoc's {@code replaceWithClass} (as for {@code design})
	 * would make the property a reference and lose {@code @JsonUnwrapped}, so the type is
	 * swapped in place and resolved on.
	 */
	@Bean
	ModelConverter designTextSchemas() {
		return (type, context, chain) -> {
			Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
			if (raw == DesignText.class) {
				type.setType(RawPair.class);
			}
			else if (raw == StoredDesignText.class) {
				type.setType(StoredRawPair.class);
			}
			return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		};
	}

}
