package dev.journeyfacade.journey;

import dev.journeyfacade.journey.design.DesignCodec;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the journey API: its properties, the body-size cap on its URLs, the design codec and a schema text. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JourneyProperties.class)
class JourneyConfiguration {

    /** Stateless and thread-safe: one for the service (writing designs) and the Dataverse mapper (reading them). */
    @Bean
    DesignCodec designCodec() {
        return new DesignCodec();
    }

    /**
     * Describes the Tile schema's discriminator property, which {@code @Schema(properties = …)} can only type: its
     * values are the discriminator mapping's keys (no inline enum: every enum of the API is a named schema).
     */
    @Bean
    OpenApiCustomizer tileTypeOpenApiCustomizer() {
        return openApi -> {
            Schema<?> tile = openApi.getComponents() == null || openApi.getComponents().getSchemas() == null ? null
                    : openApi.getComponents().getSchemas().get("Tile");
            if (tile != null && tile.getProperties() != null && tile.getProperties().get("type") instanceof Schema<?> type) {
                String kinds = tile.getDiscriminator() == null || tile.getDiscriminator().getMapping() == null ? ""
                        : ": " + String.join(", ", tile.getDiscriminator().getMapping().keySet());
                type.setDescription("Kind of tile, a value of the discriminator" + kinds + ". UNKNOWN is a tile the "
                        + "facade carries without modelling it.");
                type.setExample("EMAIL");
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> journeyRequestBodyLimit(JourneyProperties properties) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(properties.maxBodySize().toBytes()));
        registration.addUrlPatterns("/api/v1/journeys", "/api/v1/journeys/*");
        return registration;
    }
}
